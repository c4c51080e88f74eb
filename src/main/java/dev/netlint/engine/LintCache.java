package dev.netlint.engine;

import dev.netlint.rule.file.ReaderChecks;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The up-to-date check ({@code netlint.cache}): a file whose bytes are unchanged since the last completed run, linted
 * with the same netlint and the same effective rule configuration, is not linted again; its result is replayed from
 * the cache file. The engine reads each file once and hashes exactly those bytes, so a result is always kept under
 * the hash of the content it comes from. Built as Spotless' up-to-date checking is: what decides a result ({@link CacheKey}), where results
 * are kept ({@link CacheIndex}), and the replay here.
 * <p>
 * The cache never decides a build: a missing, unreadable, corrupt or foreign cache file is an empty cache, and files
 * netlint could not read (NL000) are never cached, so a transient read problem is retried on the next run.
 */
public final class LintCache {

    /** The engine's way of linting with a replay: {@link LintEngine#lintEach(List, LintEngine.Replay)}. */
    @FunctionalInterface
    public interface Linter {
        List<FileResult> lintEach(List<ModelInput> inputs, LintEngine.Replay replay);
    }

    private final Path file;
    private final String configurationKey;
    private final Map<String, FileResult> current = new LinkedHashMap<>();
    private int hits;

    private LintCache(Path file, String configurationKey) {
        this.file = file;
        this.configurationKey = configurationKey;
    }

    /**
     * Opens the cache in {@code file}; entries written under another configuration key are dropped.
     *
     * @param configurationKey see {@link #configurationKey}
     */
    public static LintCache open(Path file, String configurationKey) {
        return new LintCache(file, configurationKey);
    }

    /** See {@link CacheKey#configuration(String, SeverityOverrides)}. */
    public static String configurationKey(String toolVersion, SeverityOverrides overrides) {
        return CacheKey.configuration(toolVersion, overrides);
    }

    /** See {@link CacheKey#configuration(String, SeverityOverrides, EngineOptions)}. */
    public static String configurationKey(String toolVersion, SeverityOverrides overrides, EngineOptions options) {
        return CacheKey.configuration(toolVersion, overrides, options);
    }

    /** The cache file netlint keeps in a report directory. */
    public static Path fileIn(Path outputDirectory) {
        return outputDirectory.resolve("netlint.cache");
    }

    /**
     * Lints {@code inputs} in one call of {@code engine} (so it can still spread them over threads), which hashes
     * each file as it reads it and is handed, for a file whose fingerprint and bytes are those of the cached run,
     * the cached result instead of linting it. One result per input, in input order, as a full run gives them.
     */
    public List<FileResult> lint(List<ModelInput> inputs, Linter engine) {
        Map<String, CacheIndex.Stored> previous = CacheIndex.load(file, configurationKey, inputs);
        AtomicInteger replayed = new AtomicInteger();
        List<FileResult> results = engine.lintEach(inputs, (input, sha256) -> {
            CacheIndex.Stored stored = previous.get(CacheKey.fingerprint(input));
            if (stored == null || !stored.sha256().equals(sha256)) {
                return Optional.empty();
            }
            Optional<FileResult> result = stored.result(input);
            result.ifPresent(r -> replayed.incrementAndGet());
            return result;
        });
        hits = replayed.get();
        for (FileResult result : results) {
            // Only results of hashed bytes, and never a file netlint could not read: that is retried next time.
            if (result.sha256().isPresent()
                    && result.findings().stream().noneMatch(f -> f.ruleId().equals(ReaderChecks.UNREADABLE.id()))) {
                current.put(CacheKey.fingerprint(result.input()), result);
            }
        }
        return results;
    }

    /** Files whose findings were replayed in the last {@link #lint}. */
    public int hits() {
        return hits;
    }

    public Path file() {
        return file;
    }

    /** Writes the entries of the last run (and only those: files gone since are forgotten), atomically. */
    public void save() throws IOException {
        CacheIndex.save(file, configurationKey, current);
    }
}
