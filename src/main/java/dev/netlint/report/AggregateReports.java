package dev.netlint.report;

import dev.netlint.engine.LintResult;
import dev.netlint.rule.RuleRegistry;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Writes the merged result of a reactor: the SARIF with one run whose {@code %SRCROOT%} is the root, and the JSON
 * report with the list of merged modules (which also tells a later aggregate not to merge this file again).
 */
public final class AggregateReports {

    private final ReportContext context;
    private final List<String> modules;

    /**
     * @param root    the reactor's root directory: every path in the merged result is relative to it
     * @param modules the merged modules' directories relative to the root ({@code .} for the root itself)
     */
    public AggregateReports(String toolVersion, Path root, List<String> modules) {
        this.context = new ReportContext(toolVersion, RuleRegistry.metas(), Optional.of(root),
                ReportContext.CATEGORY);
        this.modules = List.copyOf(modules);
    }

    /**
     * Writes one file per format ({@code sarif}, {@code json}) into {@code directory}, each whole or not at all.
     *
     * @throws IllegalArgumentException for an unknown format
     */
    public ReportFiles.Outcome write(LintResult merged, Path directory, String formats) {
        List<ReportWriter> writers = new ArrayList<>();
        for (String format : formats.split(",")) {
            switch (format.trim().toLowerCase(Locale.ROOT)) {
                case "sarif" -> writers.add(new SarifReportWriter());
                case "json" -> writers.add(new JsonReportWriter(modules));
                case "", "none" -> { }
                default -> throw new IllegalArgumentException("unknown report format '" + format.trim()
                        + "' for the aggregate; use sarif, json or none");
            }
        }
        return ReportFiles.write(merged, context, directory, writers);
    }
}
