package dev.netlint.engine;

import dev.netlint.Fixtures;
import dev.netlint.fixtures.BadInputGenerator;
import dev.netlint.model.Finding;
import dev.netlint.read.dl4j.ClassAllowList;
import dev.netlint.read.probe.RecordingClassLoader;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bad-input corpus ({@code src/test/resources/badinput}): files generated from the real fixtures by
 * {@link BadInputGenerator} and hand-written hostile ones, all linted in one run beside good files, as CI would
 * meet them in a pull request. Every file ends as exactly one NL000 line or as its findings, never as a crash;
 * the good files keep exactly the findings they have alone; and no class off the allow-list is looked up.
 */
class BadInputCorpusTest {

    private static final Path ROOT = Path.of("src/test/resources/badinput");
    private static final Pattern NAMED_RULE = Pattern.compile("\\((NL\\d{3})\\)");

    /** One corpus file with what its manifest says reading it must give. */
    private record Entry(Path path, String display, BadInputGenerator.Expect expect, String how) {
    }

    private static List<Entry> corpus;
    private static LintResult result;
    private static RecordingClassLoader probe;
    private static long millis;
    private static final List<ModelInput> GOOD = List.of(
            new ModelInput(Fixtures.dl4j("bad-seedA-two-sigmoid-mcxent.json"), "good/seedA.json", Optional.empty(),
                    true),
            new ModelInput(Fixtures.keras("seedD-bad.model.json"), "good/seedD.model.json", Optional.empty(), true));

    @BeforeAll
    static void lintTheWholeCorpusInOneRun() throws IOException {
        corpus = new ArrayList<>();
        corpus.addAll(manifest("generated", "MANIFEST.tsv"));
        corpus.addAll(manifest("hostile", "EXPECT.tsv"));
        corpus.addAll(manifest("archives", "MANIFEST.tsv"));
        corpus.addAll(manifest("hdf5", "MANIFEST.tsv"));
        corpus.addAll(manifest("keras-code", "MANIFEST.tsv"));
        List<ModelInput> inputs = new ArrayList<>();
        for (Entry entry : corpus) {
            inputs.add(new ModelInput(entry.path(), entry.display(), Optional.empty(), true));
            if (inputs.size() == corpus.size() / 2) {
                inputs.addAll(GOOD); // the good files sit among the bad ones
            }
        }
        probe = new RecordingClassLoader(BadInputCorpusTest.class.getClassLoader());
        EngineOptions options = EngineOptions.defaults().withThreads(2).withAllowedClassPrefixes(List.of(), probe);
        long start = System.nanoTime();
        result = new LintEngine(SeverityOverrides.NONE, options).lint(inputs);
        millis = (System.nanoTime() - start) / 1_000_000;
    }

    @Test
    void theCorpusIsLargeAndEveryKindOfDamageIsInIt() {
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(300 + 50);
        for (String kind : List.of("truncate", "delete", "typeswap", "value", "encoding", "zip")) {
            assertThat(corpus).as(kind).filteredOn(e -> e.display().startsWith("generated/" + kind + "/"))
                    .hasSizeGreaterThan(20);
        }
        assertThat(corpus).filteredOn(e -> e.display().startsWith("hostile/")).hasSizeGreaterThan(50);
    }

    @Test
    void everyFileEndsAsExactlyOneReadErrorOrAsItsFindingsNeverAsACrash() {
        Map<String, List<Finding>> byFile = byFile(result.findings());
        SoftAssertions softly = new SoftAssertions();
        int unreadable = 0;
        for (Entry entry : corpus) {
            List<Finding> findings = byFile.getOrDefault(entry.display(), List.of());
            List<Finding> readErrors = findings.stream().filter(f -> f.ruleId().equals("NL000")).toList();
            String context = entry.display() + " (" + entry.how() + "): " + findings;
            softly.assertThat(findings).as(context).noneMatch(f -> f.problem().contains("internal error")
                    || f.problem().startsWith("netlint rule"));
            softly.assertThat(readErrors).as(context).hasSizeLessThanOrEqualTo(1);
            if (readErrors.size() == 1) {
                unreadable++;
                Finding line = readErrors.get(0);
                softly.assertThat(findings).as(context).hasSize(1);
                softly.assertThat(line.consoleLine()).as(context)
                        .startsWith(entry.display() + ":[")
                        .containsPattern("^[^ ]+:\\[\\d+,\\d+] NL000 cannot read ")
                        .contains("expected")
                        .doesNotContain("\n", "\r", "\u001b");
            }
            switch (entry.expect()) {
                case UNREADABLE -> softly.assertThat(readErrors).as(context).hasSize(1);
                case READABLE -> softly.assertThat(readErrors).as(context).isEmpty();
                case ANY -> { }
            }
            Matcher named = NAMED_RULE.matcher(entry.how());
            while (named.find()) {
                softly.assertThat(findings).as(context).extracting(Finding::ruleId).contains(named.group(1));
            }
        }
        softly.assertThat(unreadable).isGreaterThan(corpus.size() / 2);
        softly.assertThat(result.findings()).allSatisfy(f -> assertThat(f.consoleLine()).doesNotContain("\n",
                "\u001b"));
        softly.assertAll();
        System.out.printf("bad-input corpus: %d files (%d unreadable, %d read), %d findings, linted in %d ms%n",
                corpus.size(), unreadable, corpus.size() - unreadable, result.findings().size(), millis);
    }

    @Test
    void goodFilesAmongTheBadOnesKeepTheirFindings() {
        Map<String, List<Finding>> byFile = byFile(result.findings());
        for (ModelInput good : GOOD) {
            List<Finding> alone = new LintEngine(SeverityOverrides.NONE).lint(List.of(good)).findings();
            assertThat(alone).extracting(Finding::severity).containsAnyOf(dev.netlint.model.Severity.ERROR,
                    dev.netlint.model.Severity.WARNING);
            assertThat(byFile.get(good.displayPath())).isEqualTo(alone);
        }
    }

    @Test
    void noClassOffTheAllowListWasLookedUp() {
        ClassAllowList allowList = ClassAllowList.dl4jConfiguration();
        assertThat(probe.requested()).isNotEmpty()
                .allSatisfy(name -> assertThat(allowList.allows(name)).as(name).isTrue());
    }

    /** The committed files are what the generator writes today: the corpus is reproducible, not hand-edited. */
    @Test
    void committedCorpusIsWhatTheGeneratorWrites() throws IOException {
        List<BadInputGenerator.Case> cases = BadInputGenerator.generate();
        Map<String, BadInputGenerator.Case> byPath = new HashMap<>();
        cases.forEach(c -> byPath.put(c.path(), c));
        List<Entry> committed = manifest("generated", "MANIFEST.tsv");
        assertThat(committed).extracting(e -> e.display().substring("generated/".length()))
                .containsExactlyElementsOf(cases.stream().map(BadInputGenerator.Case::path).toList());
        for (Entry entry : committed) {
            BadInputGenerator.Case generated = byPath.get(entry.display().substring("generated/".length()));
            assertThat(Files.readAllBytes(entry.path())).as(entry.display()).isEqualTo(generated.bytes());
            assertThat(entry.expect()).isEqualTo(generated.expect());
        }
    }

    private static Map<String, List<Finding>> byFile(List<Finding> findings) {
        Map<String, List<Finding>> byFile = new LinkedHashMap<>();
        for (Finding finding : findings) {
            int archive = finding.file().indexOf("!/");
            String file = archive < 0 ? finding.file() : finding.file().substring(0, archive);
            byFile.computeIfAbsent(file, k -> new ArrayList<>()).add(finding);
        }
        return byFile;
    }

    private static List<Entry> manifest(String folder, String name) throws IOException {
        List<Entry> entries = new ArrayList<>();
        for (String line : Files.readAllLines(ROOT.resolve(folder).resolve(name))) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] columns = line.split("\t", 3);
            entries.add(new Entry(ROOT.resolve(folder).resolve(columns[0]), folder + "/" + columns[0],
                    BadInputGenerator.Expect.valueOf(columns[1].toUpperCase()), columns[2]));
        }
        return entries;
    }
}
