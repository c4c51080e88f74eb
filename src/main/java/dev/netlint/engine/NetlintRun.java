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
     * @param replayed files unchanged since the last run, whose findings came from the cache
     */
    public record Outcome(List<ModelInput> inputs, LintResult result, List<Path> reports, int replayed) {

        public Outcome(List<ModelInput> inputs, LintResult result, List<Path> reports) {
            this(inputs, result, reports, 0);
        }
    }

    private final String toolVersion;

    public NetlintRun(String toolVersion) {
        this.toolVersion = toolVersion;
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
        return run(request, outputDirectory, writers, false);
    }

    /**
     * @param cache keep {@link LintCache the up-to-date cache} in {@code outputDirectory}: files unchanged since the
     *              last run (same netlint, same rule configuration) are not linted again
     */
    public Outcome run(LintRequest request, Path outputDirectory, List<ReportWriter> writers, boolean cache)
            throws IOException {
        List<ModelInput> inputs = new InputCollector().collect(request);
        LintEngine engine = new LintEngine(request.overrides());
        LintResult result;
        int replayed = 0;
        if (cache) {
            LintCache lintCache = LintCache.open(LintCache.fileIn(outputDirectory),
                    LintCache.configurationKey(toolVersion, request.overrides()));
            result = lintCache.lint(inputs, engine::lint);
            replayed = lintCache.hits();
            lintCache.save();
        } else {
            result = engine.lint(inputs);
        }
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
        return new Outcome(inputs, result, reports, replayed);
    }
}
