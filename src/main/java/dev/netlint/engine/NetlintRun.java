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
     * @param replayed          files unchanged since the last run, whose findings came from the cache
     */
    public record Outcome(List<ModelInput> inputs, LintResult result, List<Path> reports,
                          List<Baseline.Entry> baselineUnmatched, int replayed) {
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
        return run(request, outputDirectory, writers, false);
    }

    /**
     * @param cache keep {@link LintCache the up-to-date cache} in {@code outputDirectory}: files unchanged since the
     *              last run (same netlint, same rule configuration) are not linted again
     */
    public Outcome run(LintRequest request, Path outputDirectory, List<ReportWriter> writers, boolean cache)
            throws IOException {
        List<ModelInput> inputs = new InputCollector().collect(request);
        EngineOptions runOptions = options.withProjectRoot(request.baseDirectory().toAbsolutePath().normalize());
        LintEngine engine = new LintEngine(request.overrides(), runOptions);
        LintResult linted;
        int replayed = 0;
        if (cache) {
            // Only the engine's work is cached: suppressions and the baseline are applied to it afresh each run.
            LintCache lintCache = LintCache.open(LintCache.fileIn(outputDirectory),
                    LintCache.configurationKey(toolVersion, request.overrides(), runOptions),
                    runOptions.limits().maxFileBytes());
            linted = lintCache.lint(inputs, engine::lint);
            replayed = lintCache.hits();
            lintCache.save();
        } else {
            linted = engine.lint(inputs);
        }
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
            ReportContext context = ReportContext.forProject(toolVersion, RuleRegistry.metas(),
                    request.baseDirectory());
            for (ReportWriter writer : writers) {
                Path file = outputDirectory.resolve(writer.fileName());
                try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    writer.write(result, context, out);
                }
                reports.add(file);
            }
        }
        return new Outcome(inputs, result, reports, partition.unmatched(), replayed);
    }
}
