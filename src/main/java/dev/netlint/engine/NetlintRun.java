package dev.netlint.engine;

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

/** One complete run: collect inputs, lint, write the requested reports. Shared by the mojo and the CLI. */
public final class NetlintRun {

    /**
     * @param inputs  the files that were linted
     * @param result  findings and counts
     * @param reports the report files written
     */
    public record Outcome(List<ModelInput> inputs, LintResult result, List<Path> reports) {
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

    public Outcome run(LintRequest request, Path outputDirectory, List<ReportWriter> writers) throws IOException {
        List<ModelInput> inputs = new InputCollector().collect(request);
        LintResult result = new LintEngine(request.overrides(),
                options.withProjectRoot(request.baseDirectory().toAbsolutePath().normalize())).lint(inputs);
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
        return new Outcome(inputs, result, reports);
    }
}
