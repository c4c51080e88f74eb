package dev.netlint.engine;

import dev.netlint.model.Finding;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One complete run: collect inputs, lint (replaying unchanged files from the cache), take out what the
 * suppressions and the baseline accept. The one run path of every goal and of the command line; what they print
 * and which reports they write is theirs.
 */
public final class NetlintRun {

    /**
     * @param inputs            the files that were linted
     * @param files             one result per input, in input order, before suppressions and the baseline
     * @param result            the findings that count, and the counts
     * @param baselineUnmatched baseline entries no finding matched: fixed since the baseline was written
     * @param replayed          files unchanged since the last run, whose findings came from the cache
     */
    public record Outcome(List<ModelInput> inputs, List<FileResult> files, LintResult result,
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

    /** A run without the cache over the files the request names. */
    public Outcome run(LintRequest request) throws IOException {
        return run(request, Optional.empty());
    }

    /**
     * A run over the files the request names.
     *
     * @param cacheDirectory where to keep {@link LintCache the up-to-date cache}: files unchanged since the last
     *                       run (same netlint, same rule configuration) are not linted again
     */
    public Outcome run(LintRequest request, Optional<Path> cacheDirectory) throws IOException {
        return run(request, new InputCollector().collect(request), cacheDirectory);
    }

    /** A run over {@code inputs}, found by the caller (the command line names files and directories itself). */
    public Outcome run(LintRequest request, List<ModelInput> inputs, Optional<Path> cacheDirectory)
            throws IOException {
        EngineOptions runOptions = options.withProjectRoot(request.baseDirectory().toAbsolutePath().normalize());
        LintEngine engine = new LintEngine(request.overrides(), runOptions);
        List<FileResult> files;
        int replayed = 0;
        if (cacheDirectory.isPresent()) {
            // Only the engine's work is cached: suppressions and the baseline are applied to it afresh each run.
            LintCache cache = LintCache.open(LintCache.fileIn(cacheDirectory.get()),
                    LintCache.configurationKey(toolVersion, request.overrides(), runOptions));
            files = cache.lint(inputs, engine::lintEach);
            replayed = cache.hits();
            cache.save();
        } else {
            files = engine.lintEach(inputs);
        }
        LintResult linted = LintResult.of(files);
        Suppressions.Outcome suppressions = request.suppressions().apply(linted.findings(), request.overrides());
        Baseline.Partition partition = request.baseline().apply(suppressions.kept());
        // Stale suppressions are added after the baseline: they are never baselined, they are to be cleaned up.
        List<Finding> findings = new ArrayList<>(partition.fresh());
        findings.addAll(suppressions.stale());
        findings.sort(LintEngine.ORDER);
        LintResult result = new LintResult(findings, linted.filesRead(), linted.filesSkipped(),
                linted.networksChecked(), linted.skippedFiles(), linted.networks(), suppressions.suppressed(),
                partition.baselined(), request.baseline().present());
        return new Outcome(inputs, files, result, partition.unmatched(), replayed);
    }
}
