package dev.netlint.engine;

import dev.netlint.Fixtures;
import dev.netlint.report.JsonReportWriter;
import dev.netlint.report.ReportContext;
import dev.netlint.report.ReportFiles;
import dev.netlint.rule.RuleRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The up-to-date cache: an unchanged file is not linted again and its findings come back exactly as a full run
 * gives them; a changed file, another rule configuration or another netlint version means linting again.
 */
class LintCacheTest {

    private static final String KEY = LintCache.configurationKey("1.0", SeverityOverrides.NONE);
    private static final ReportContext CONTEXT = new ReportContext("1.0", RuleRegistry.metas());

    @TempDir
    Path dir;

    private Path cacheFile;
    private List<ModelInput> inputs;
    /** Every input the engine was handed, over all runs of a test. */
    private final List<String> linted = new ArrayList<>();

    @BeforeEach
    void models() throws IOException {
        cacheFile = dir.resolve("out/netlint.cache");
        Path models = Files.createDirectories(dir.resolve("models"));
        inputs = new ArrayList<>();
        for (String name : List.of("bad-seedA-two-sigmoid-mcxent.json", "ok-seedA-softmax-mcxent.json",
                "bad-seedA-two-sigmoid-mcxent.zip", "bad-softmax-one-unit-graph.json")) {
            Path copy = Files.copy(Fixtures.dl4j(name), models.resolve(name));
            inputs.add(new ModelInput(copy, "models/" + name, Optional.empty(), false));
        }
        Path labels = Files.writeString(models.resolve("labels.json"), "{\"0\": \"cat\"}");
        inputs.add(new ModelInput(labels, "models/labels.json", Optional.empty(), false));
    }

    private LintCache.Linter countingEngine(SeverityOverrides overrides) {
        return countingEngine(new LintEngine(overrides));
    }

    /** The engine, noting every file the cache had no result for (so the engine linted it). */
    private LintCache.Linter countingEngine(LintEngine engine) {
        return (files, replay) -> engine.lintEach(files, (input, sha256) -> {
            Optional<FileResult> kept = replay.lookup(input, sha256);
            if (kept.isEmpty()) {
                synchronized (linted) {
                    linted.add(input.displayPath());
                }
            }
            return kept;
        });
    }

    private LintResult run(String key, SeverityOverrides overrides) throws IOException {
        LintCache cache = LintCache.open(cacheFile, key);
        LintResult result = LintResult.of(cache.lint(inputs, countingEngine(overrides)));
        cache.save();
        return result;
    }

    private LintResult fullRun() {
        return new LintEngine(SeverityOverrides.NONE).lint(inputs);
    }

    @Test
    void unchangedFilesAreNotLintedAgainAndTheirFindingsComeBackUnchanged() throws IOException {
        LintResult first = run(KEY, SeverityOverrides.NONE);
        assertThat(linted).hasSize(5);
        assertThat(first.findings()).isNotEmpty();
        assertThat(first).isEqualTo(fullRun());

        linted.clear();
        LintCache cache = LintCache.open(cacheFile, KEY);
        LintResult second = LintResult.of(cache.lint(inputs, countingEngine(SeverityOverrides.NONE)));
        assertThat(linted).as("files the engine read on the second run").isEmpty();
        assertThat(cache.hits()).isEqualTo(5);
        assertThat(second).isEqualTo(first);
        assertThat(second.skipped()).containsExactly("models/labels.json: " + first.skipped().get(0)
                .substring("models/labels.json: ".length()));
        assertThat(second.networks()).hasSize(4);
    }

    @Test
    void aChangedFileIsLintedAgainAndTheRestReplayed() throws IOException {
        run(KEY, SeverityOverrides.NONE);
        Path changed = inputs.get(1).path();
        Files.writeString(changed, Files.readString(changed).replace("\"nout\" : 2,", "\"nout\" : 1,"));

        assertOnlyTheChangedFileIsLintedAgain();
    }

    @Test
    void anotherRuleConfigurationOrVersionLintsEverythingAgain() throws IOException {
        run(KEY, SeverityOverrides.NONE);
        SeverityOverrides off = SeverityOverrides.parse(Map.of("NL102", "off"));
        String offKey = LintCache.configurationKey("1.0", off);
        assertThat(offKey).isNotEqualTo(KEY);

        linted.clear();
        LintResult withoutNl102 = run(offKey, off);
        assertThat(linted).hasSize(5);
        assertThat(withoutNl102.findings()).noneMatch(f -> f.ruleId().equals("NL102"));

        linted.clear();
        run(LintCache.configurationKey("1.1", off), off);
        assertThat(linted).as("a new netlint version").hasSize(5);

        linted.clear();
        run(LintCache.configurationKey("1.1", SeverityOverrides.parse(Map.of("NL102", "warning"))),
                SeverityOverrides.parse(Map.of("NL102", "warning")));
        assertThat(linted).as("a rule set to another level").hasSize(5);
    }

    @Test
    void anotherLabelDeclarationLintsThatFileAgain() throws IOException {
        run(KEY, SeverityOverrides.NONE);
        ModelInput first = inputs.get(0);
        inputs.set(0, new ModelInput(first.path(), first.displayPath(), Optional.empty(), true));
        linted.clear();
        run(KEY, SeverityOverrides.NONE);
        assertThat(linted).containsExactly(first.displayPath());
    }

    @Test
    void unreadableFilesAreNeverCached() throws IOException {
        Path broken = Files.writeString(dir.resolve("models/broken.json"), "{\"confs\": [");
        inputs.add(new ModelInput(broken, "models/broken.json", Optional.empty(), false));
        run(KEY, SeverityOverrides.NONE);
        linted.clear();
        LintResult second = run(KEY, SeverityOverrides.NONE);
        assertThat(linted).containsExactly("models/broken.json");
        assertThat(second.findings()).anyMatch(f -> f.ruleId().equals("NL000"));
        assertThat(second).isEqualTo(fullRun());
    }

    @Test
    void readLimitsTimeLimitAndCustomLayerPackagesArePartOfTheKey() {
        EngineOptions defaults = EngineOptions.defaults();
        String key = LintCache.configurationKey("1.0", SeverityOverrides.NONE, defaults);
        assertThat(LintCache.configurationKey("1.0", SeverityOverrides.NONE, defaults)).isEqualTo(key);
        assertThat(LintCache.configurationKey("1.0", SeverityOverrides.NONE,
                defaults.withLimits(defaults.limits().withMaxFileBytes(1024)))).isNotEqualTo(key);
        assertThat(LintCache.configurationKey("1.0", SeverityOverrides.NONE,
                defaults.withTimeoutPerFile(java.time.Duration.ofSeconds(5)))).isNotEqualTo(key);
        assertThat(LintCache.configurationKey("1.0", SeverityOverrides.NONE,
                defaults.withAllowedClassPrefixes(List.of("com.acme.layers"), getClass().getClassLoader())))
                .isNotEqualTo(key);
        // The rule configuration still counts.
        assertThat(LintCache.configurationKey("1.0", SeverityOverrides.parse(Map.of("NL101", "off")), defaults))
                .isNotEqualTo(key);
    }

    @Test
    void aFileOverTheReadLimitIsNeitherHashedNorCached() throws IOException {
        long smallest = inputs.stream().mapToLong(input -> size(input.path())).min().orElseThrow();
        EngineOptions defaults = EngineOptions.defaults();
        LintEngine limited = new LintEngine(SeverityOverrides.NONE,
                defaults.withLimits(defaults.limits().withMaxFileBytes(smallest - 1)));
        LintCache cache = LintCache.open(cacheFile, KEY);
        List<FileResult> results = cache.lint(inputs, countingEngine(limited));
        assertThat(results).allMatch(result -> result.sha256().isEmpty());
        assertThat(results).allMatch(result -> result.findings().get(0).problem().contains("maxFileSize"));
        cache.save();
        LintCache again = LintCache.open(cacheFile, KEY);
        again.lint(inputs, countingEngine(limited));
        assertThat(again.hits()).isZero();
    }

    private static long size(Path path) {
        try {
            return Files.size(path);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aCorruptOrForeignCacheFileIsAnEmptyCache() throws IOException {
        Files.createDirectories(cacheFile.getParent());
        Files.writeString(cacheFile, "{not json");
        assertThat(run(KEY, SeverityOverrides.NONE)).isEqualTo(fullRun());
        assertThat(linted).hasSize(5);

        Files.writeString(cacheFile, "{\"format\": " + CacheIndex.FORMAT + ", \"key\": \"" + KEY.replace("\"", "\\\"")
                + "\", \"entries\": {\"" + CacheKey.fingerprint(inputs.get(0)) + "\": {\"sha256\": 7}}}");
        linted.clear();
        assertThat(run(KEY, SeverityOverrides.NONE)).isEqualTo(fullRun());
        assertThat(linted).hasSize(5);
    }

    @Test
    void filesGoneSinceAreForgotten() throws IOException {
        run(KEY, SeverityOverrides.NONE);
        inputs.remove(0);
        run(KEY, SeverityOverrides.NONE);
        assertThat(Files.readString(cacheFile)).doesNotContain("bad-seedA-two-sigmoid-mcxent.json ");
    }

    @Test
    void aSecondMavenStyleRunWritesTheSameReports() throws IOException {
        Path project = dir.resolve("project");
        Path resources = Files.createDirectories(project.resolve("src/main/resources"));
        for (String name : List.of("bad-seedA-two-sigmoid-mcxent.json", "ok-seedA-softmax-mcxent.json")) {
            Files.copy(Fixtures.dl4j(name), resources.resolve(name));
        }
        LintRequest request = new LintRequest(project, List.of(resources), LintRequest.DEFAULT_INCLUDES, List.of(),
                List.of(), SeverityOverrides.NONE);
        Path out = project.resolve("target/netlint");
        NetlintRun run = new NetlintRun("1.0");
        NetlintRun.Outcome first = run.run(request, Optional.of(out));
        ReportFiles.write(first.result(), CONTEXT, out, List.of(new JsonReportWriter()));
        String firstReport = Files.readString(out.resolve("netlint.json"));
        NetlintRun.Outcome second = run.run(request, Optional.of(out));
        ReportFiles.write(second.result(), CONTEXT, out, List.of(new JsonReportWriter()));
        assertThat(first.replayed()).isZero();
        assertThat(second.replayed()).isEqualTo(2);
        assertThat(Files.readString(out.resolve("netlint.json"))).isEqualTo(firstReport);
        assertThat(Files.exists(LintCache.fileIn(out))).isTrue();

        NetlintRun.Outcome uncached = run.run(request, Optional.empty());
        assertThat(uncached.replayed()).isZero();
        assertThat(uncached.result()).isEqualTo(second.result());
    }

    /**
     * A directory named like an archive entry ({@code x.zip!/configuration.json} next to {@code x.zip}) once took the
     * archive's findings in the cache: editing the decoy then replayed the archive without them.
     */
    @Test
    void aDirectoryNamedLikeAnArchiveEntryCannotTakeTheArchivesFindings() throws IOException {
        Path models = dir.resolve("models");
        Path zip = Files.copy(Fixtures.dl4j("bad-seedA-two-sigmoid-mcxent.zip"), models.resolve("x.zip"));
        Path decoy = Files.copy(Fixtures.dl4j("ok-seedA-softmax-mcxent.json"),
                Files.createDirectories(models.resolve("x.zip!")).resolve("configuration.json"));
        inputs = new ArrayList<>(List.of(new ModelInput(zip, "models/x.zip", Optional.empty(), false),
                new ModelInput(decoy, "models/x.zip!/configuration.json", Optional.empty(), false)));
        LintResult first = run(KEY, SeverityOverrides.NONE);
        assertThat(first.findings()).anyMatch(f -> f.ruleId().equals("NL102") && f.origin().file().equals(zip));

        Files.writeString(decoy, Files.readString(decoy) + " ");
        linted.clear();
        LintResult second = run(KEY, SeverityOverrides.NONE);
        assertThat(linted).containsExactly("models/x.zip!/configuration.json");
        assertThat(second).isEqualTo(fullRun());
        assertThat(second.findings()).anyMatch(f -> f.ruleId().equals("NL102") && f.origin().file().equals(zip)
                && f.origin().entry().equals("configuration.json"));
    }

    /**
     * The cache keeps a result under the hash of the bytes that result was linted from: a file rewritten right after
     * the engine read it (here: while the engine asks the cache about it) is linted again on the next run, never
     * answered with the findings of the content it had before.
     */
    @Test
    void aFileChangedWhileItIsLintedIsLintedAgainNextTime() throws IOException {
        Path changing = inputs.get(1).path();
        String before = Files.readString(changing);
        String after = before.replace("\"nout\" : 2,", "\"nout\" : 1,");
        assertThat(after).isNotEqualTo(before);
        LintEngine engine = new LintEngine(SeverityOverrides.NONE);
        LintCache cache = LintCache.open(cacheFile, KEY);
        List<FileResult> first = cache.lint(inputs, (files, replay) -> engine.lintEach(files, (input, sha256) -> {
            if (input.path().equals(changing)) {
                rewrite(changing, after);
            }
            return replay.lookup(input, sha256);
        }));
        cache.save();
        assertThat(first.get(1).sha256()).contains(FileBytes.sha256(before.getBytes(StandardCharsets.UTF_8)));
        assertThat(first.get(1).findings()).noneMatch(f -> f.ruleId().equals("NL101"));

        assertOnlyTheChangedFileIsLintedAgain();
    }

    /** The next run lints only models/ok-seedA-softmax-mcxent.json, whose nOut was set to 1 (NL101). */
    private void assertOnlyTheChangedFileIsLintedAgain() throws IOException {
        linted.clear();
        LintResult second = run(KEY, SeverityOverrides.NONE);
        assertThat(linted).containsExactly("models/ok-seedA-softmax-mcxent.json");
        assertThat(second).isEqualTo(fullRun());
        assertThat(second.findings()).anyMatch(f -> f.ruleId().equals("NL101")
                && f.file().equals("models/ok-seedA-softmax-mcxent.json"));
    }

    @Test
    void theEngineHashesTheBytesItReadOnlyWhenTheCacheAsks() throws IOException {
        LintEngine engine = new LintEngine(SeverityOverrides.NONE);
        assertThat(engine.lintEach(inputs)).allMatch(result -> result.sha256().isEmpty());
        List<FileResult> hashed = engine.lintEach(inputs, (input, sha256) -> Optional.empty());
        for (int i = 0; i < inputs.size(); i++) {
            assertThat(hashed.get(i).sha256()).contains(FileBytes.sha256(Files.readAllBytes(inputs.get(i).path())));
        }
    }

    private static void rewrite(Path file, String content) {
        try {
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
