package dev.netlint.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.netlint.engine.LintResult;
import dev.netlint.rule.RuleRegistry;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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

    /** Writes one file per format ({@code sarif}, {@code json}) into {@code directory}; returns them. */
    public List<Path> write(LintResult merged, Path directory, String formats) throws IOException {
        List<Path> written = new ArrayList<>();
        for (String format : formats.split(",")) {
            String name = format.trim().toLowerCase(Locale.ROOT);
            ReportWriter writer = switch (name) {
                case "sarif" -> new SarifReportWriter();
                case "json" -> new JsonReportWriter();
                case "", "none" -> null;
                default -> throw new IllegalArgumentException("unknown report format '" + format.trim()
                        + "' for the aggregate; use sarif, json or none");
            };
            if (writer == null) {
                continue;
            }
            Files.createDirectories(directory);
            Path file = directory.resolve(writer.fileName());
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                if (name.equals("json")) {
                    writeJson(merged, out);
                } else {
                    writer.write(merged, context, out);
                }
            }
            written.add(file);
        }
        return written;
    }

    private void writeJson(LintResult merged, Writer out) throws IOException {
        StringWriter plain = new StringWriter();
        new JsonReportWriter().write(merged, context, plain);
        ObjectNode report = (ObjectNode) new ObjectMapper().readTree(plain.toString());
        ArrayNode list = report.putArray("modules");
        modules.forEach(list::add);
        ReportWriter.printJson(report, out);
    }
}
