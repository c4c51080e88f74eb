package dev.netlint.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The up-to-date check ({@code netlint.cache}): a file whose bytes are unchanged since the last completed run, linted
 * with the same netlint and the same effective rule configuration, is not read again; its result is replayed from
 * the cache file. Built as Spotless' up-to-date checking is: what decides a result ({@link CacheKey}), where results
 * are kept ({@link CacheIndex}), and the replay here.
 * <p>
 * The cache never decides a build: a missing, unreadable, corrupt or foreign cache file is an empty cache, and files
 * netlint could not read (NL000) are never cached, so a transient read problem is retried on the next run.
 */
public final class LintCache {

    private static final String UNREADABLE = "NL000";

    private final Path file;
    private final String configurationKey;
    /** Files over the read limit are not hashed (nor cached): the engine refuses them without reading them. */
    private final long maxFileBytes;
    private final Map<String, CacheIndex.Entry> current = new LinkedHashMap<>();
    private int hits;

    private LintCache(Path file, String configurationKey, long maxFileBytes) {
        this.file = file;
        this.configurationKey = configurationKey;
        this.maxFileBytes = maxFileBytes;
    }

    /**
     * Opens the cache in {@code file}; entries written under another configuration key are dropped.
     *
     * @param configurationKey see {@link #configurationKey}
     */
    public static LintCache open(Path file, String configurationKey) {
        return open(file, configurationKey, Long.MAX_VALUE);
    }

    /**
     * @param maxFileBytes files larger than this are handed to the engine unhashed (it refuses them unread)
     */
    public static LintCache open(Path file, String configurationKey, long maxFileBytes) {
        return new LintCache(file, configurationKey, maxFileBytes);
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
     * Lints {@code inputs}: files unchanged since the cached run are replayed, the others go to {@code engine} in
     * one call (so the engine can still spread them over threads). One result per input, in input order, as a full
     * run gives them.
     */
    public List<FileResult> lint(List<ModelInput> inputs, Function<List<ModelInput>, List<FileResult>> engine) {
        Map<String, CacheIndex.Entry> previous = CacheIndex.load(file, configurationKey, inputs);
        // Hashing reads every file: spread over the cores, as the engine spreads its reading.
        List<Optional<String>> contentHashes = inputs.parallelStream()
                .map(input -> CacheKey.contentHash(input.path(), maxFileBytes)).toList();
        Map<ModelInput, String> hashes = new HashMap<>();
        Map<ModelInput, FileResult> results = new HashMap<>();
        List<ModelInput> stale = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            ModelInput input = inputs.get(i);
            Optional<String> hash = contentHashes.get(i);
            CacheIndex.Entry cached = previous.get(CacheKey.fingerprint(input));
            if (hash.isPresent() && cached != null && cached.sha256().equals(hash.get())) {
                current.put(CacheKey.fingerprint(input), cached);
                results.put(input, cached.result());
            } else {
                hash.ifPresent(h -> hashes.put(input, h));
                stale.add(input);
            }
        }
        hits = inputs.size() - stale.size();
        if (!stale.isEmpty()) {
            List<FileResult> fresh = engine.apply(stale);
            for (FileResult result : fresh) {
                results.put(result.input(), result);
                String hash = hashes.get(result.input());
                if (hash != null && result.findings().stream().noneMatch(f -> f.ruleId().equals(UNREADABLE))) {
                    current.put(CacheKey.fingerprint(result.input()), new CacheIndex.Entry(hash, result));
                }
            }
        }
        return inputs.stream().map(results::get).toList();
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
