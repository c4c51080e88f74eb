package dev.netlint.engine;

import dev.netlint.model.Finding;
import dev.netlint.report.JsonReportWriter;
import dev.netlint.report.ReportContext;
import dev.netlint.report.ReportWriter;
import dev.netlint.report.SarifReportWriter;
import dev.netlint.rule.RuleRegistry;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One complete run: collect inputs, lint, take out what the suppressions and the baseline accept, write the
 * requested reports. Shared by the goals and the CLI.
 */
public final class NetlintRun {

    /**
     * @param inputs            the files that were linted
     * @param result            findings and counts
     * @param reports           the report files written
     * @param baselineUnmatched baseline entries no finding matched: fixed since the baseline was written
     */
    public record Outcome(List<ModelInput> inputs, LintResult result, List<Path> reports,
                          List<Baseline.Entry> baselineUnmatched) {
    }

    private final String toolVersion;
    private final EngineOptions options;

    public NetlintRun(String toolVersion) {
        this(toolVersion, EngineOptions.defaults());
    }

    public NetlintRun(String toolVersion, EngineOptions options) {
        this.toolVersion = toolVersion;
        this.options = options;
    }

    /** The writers for a comma-separated list such as {@code sarif,json}; empty or {@code none} for none. */
    public static List<ReportWriter> writers(String formats) {
        List<ReportWriter> writers = new ArrayList<>();
        if (formats == null) {
            return writers;
        }
        for (String format : formats.split(",")) {
            String name = format.trim().toLowerCase(Locale.ROOT);
            switch (name) {
                case "", "none" -> { }
                case "sarif" -> writers.add(new SarifReportWriter());
                case "json" -> writers.add(new JsonReportWriter());
                default -> throw new IllegalArgumentException("unknown report format '" + format.trim()
                        + "' in formats; use sarif, json or none");
            }
        }
        return writers;
    }

    /** A run that writes no report. */
    public Outcome run(LintRequest request) throws IOException {
        return run(request, null, List.of());
    }

    /** Lints and writes one report per writer into {@code outputDirectory} (unused without writers). */
    public Outcome run(LintRequest request, Path outputDirectory, List<ReportWriter> writers) throws IOException {
        List<ModelInput> inputs = new InputCollector().collect(request);
        LintResult linted = new LintEngine(request.overrides(),
                options.withProjectRoot(request.baseDirectory().toAbsolutePath().normalize())).lint(inputs);
        Suppressions.Outcome suppressions = request.suppressions().apply(linted.findings(), request.overrides());
        Baseline.Partition partition = request.baseline().apply(suppressions.kept());
        // Stale suppressions are added after the baseline: they are never baselined, they are to be cleaned up.
        List<Finding> findings = new ArrayList<>(partition.fresh());
        findings.addAll(suppressions.stale());
        findings.sort(LintEngine.ORDER);
        LintResult result = new LintResult(findings, linted.filesRead(), linted.filesSkipped(),
                linted.networksChecked(), linted.skipped(), linted.networks(), suppressions.suppressed(),
                partition.baselined(), request.baseline().present());
        List<Path> reports = new ArrayList<>();
        if (!writers.isEmpty()) {
            Files.createDirectories(outputDirectory);
            ReportContext context = new ReportContext(toolVersion, RuleRegistry.metas());
            for (ReportWriter writer : writers) {
                Path file = outputDirectory.resolve(writer.fileName());
                try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    writer.write(result, context, out);
                }
                reports.add(file);
            }
        }
        return new Outcome(inputs, result, reports, partition.unmatched());
    }
}
