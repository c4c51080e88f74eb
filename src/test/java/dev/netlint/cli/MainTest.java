package dev.netlint.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.netlint.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line: exit codes, the Maven goal's lines, JSON and SARIF, label declarations. */
class MainTest {

    private static final String SEED_A = Fixtures.dl4j("bad-seedA-two-sigmoid-mcxent.json").toString();
    private static final String SEED_C = Fixtures.dl4j("bad-seedC-one-sigmoid-four-classes.json").toString();
    private static final String CLEAN = Fixtures.dl4j("ok-seedA-one-sigmoid-xent.json").toString();

    @TempDir
    Path dir;

    /** What one run printed and returned. */
    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void findingsOverTheThresholdExitOneWithTheMavenGoalsLines() {
        Run run = run(SEED_A);
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("[ERROR] " + SEED_A + ":[144,5] NL102 output: sigmoid activation with "
                + "multi-class cross-entropy (LossMCXENT), nOut = 2");
        assertThat(run.out().lines().reduce((a, b) -> b).orElseThrow())
                .isEqualTo("netlint: 1 model file read, 1 network checked: 1 error, 0 warnings, 1 info; 1 not "
                        + "printed (--verbose prints them)");
    }

    /** The console format of the Maven goal: errors and warnings, the cost and fix indented on a second line. */
    @Test
    void notesOnlyWithVerboseAndCostAndFixOnASecondLine() {
        Run quiet = run(SEED_A);
        assertThat(quiet.out()).doesNotContain("[INFO]");
        List<String> lines = quiet.out().lines().toList();
        int error = lines.indexOf(lines.stream().filter(line -> line.startsWith("[ERROR] ")).findFirst()
                .orElseThrow());
        assertThat(lines.get(error)).endsWith(";");
        assertThat(lines.get(error + 1)).startsWith("    DL4J's builder refuses this pair;").contains(" Fix: ");
        Run verbose = run("--verbose", SEED_A);
        assertThat(verbose.exit()).isEqualTo(1);
        assertThat(verbose.out()).contains("[INFO] " + SEED_A + ":[").doesNotContain("not printed");
    }

    @Test
    void aCleanModelExitsZero() {
        Run run = run(CLEAN);
        assertThat(run.exit()).isZero();
        assertThat(run.out()).doesNotContain("[ERROR]").contains("0 errors");
    }

    @Test
    void thresholdAndAllowanceDecideTheExitCode() {
        assertThat(run("--max-violations", "1", SEED_A).exit()).isZero();
        assertThat(run("--checks", "NL102=warning", SEED_A).exit()).isZero();
        assertThat(run("--checks=NL102=warning", "--severity", "warning", SEED_A).exit()).isEqualTo(1);
        assertThat(run("--severity", "info", CLEAN).exit()).as("a clean file still has infos").isEqualTo(1);
    }

    /** The pom's suppressions and baseline files, so that a pre-commit hook accepts what the build accepts. */
    @Test
    void suppressionsAndBaselineAcceptWhatTheBuildAccepts() throws Exception {
        String seedA = SEED_A.replace('\\', '/');
        Path suppressions = Files.writeString(dir.resolve("netlint-suppressions.xml"), "<suppressions><suppression>"
                + "<file>" + seedA + "</file><rule>NL102</rule><reason>kept as trained</reason>"
                + "</suppression></suppressions>");
        Run suppressed = run("--suppressions", suppressions.toString(), SEED_A);
        assertThat(suppressed.exit()).isZero();
        assertThat(suppressed.out()).doesNotContain(" NL102 ").contains("1 suppressed");

        JsonNode nl102 = null;
        for (JsonNode finding : new ObjectMapper().readTree(run("--format", "json", SEED_A).out()).path("findings")) {
            if (finding.path("ruleId").asText().equals("NL102")) {
                nl102 = finding;
            }
        }
        assertThat(nl102).isNotNull();
        Path baseline = Files.writeString(dir.resolve("netlint-baseline.json"), "{\"version\": 1, \"findings\": [{"
                + "\"file\": \"" + seedA + "\", \"rule\": \"NL102\", \"pointer\": \""
                + nl102.path("pointer").asText() + "\", \"element\": \"output\"}]}");
        Run baselined = run("--baseline=" + baseline, SEED_A);
        assertThat(baselined.exit()).isZero();
        assertThat(baselined.out()).doesNotContain(" NL102 ").contains("1 finding baselined");

        Run noSuppressions = run("--suppressions", dir.resolve("absent.xml").toString(), SEED_A);
        assertThat(noSuppressions.exit()).isEqualTo(2);
        assertThat(noSuppressions.err()).contains("absent.xml").contains("does not exist");
        Run noBaseline = run("--baseline", dir.resolve("absent.json").toString(), SEED_A);
        assertThat(noBaseline.exit()).isEqualTo(2);
        assertThat(noBaseline.err()).contains("absent.json");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(run().exit()).isEqualTo(2);
        assertThat(run("--frobnicate", SEED_A).err()).contains("unknown option --frobnicate");
        assertThat(run("--frobnicate", SEED_A).exit()).isEqualTo(2);
        assertThat(run("missing.json").exit()).isEqualTo(2);
        assertThat(run("--format", "xml", SEED_A).exit()).isEqualTo(2);
        assertThat(run("--labels", "binary", SEED_A, CLEAN).err()).contains("give exactly one FILE");
        assertThat(run("--labels", "tertiary", SEED_A).exit()).isEqualTo(2);
        assertThat(run("--classes", "3", SEED_A).exit()).isEqualTo(2);
        assertThat(run("--checks", "NL999=off", SEED_A).err()).contains("unknown rule id 'NL999' in --checks");
    }

    @Test
    void aFileThatCannotBeReadExitsTwo() throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"confs\": [");
        Run run = run(CLEAN, broken.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).contains("NL000").contains("malformed JSON");
    }

    @Test
    void labelsDeclareTheOneFilesLabels() {
        assertThat(run(SEED_C).exit()).as("a valid binary head without a declaration").isZero();
        Run declared = run("--labels", "sparse", "--classes", "4", SEED_C);
        assertThat(declared.exit()).isEqualTo(1);
        assertThat(declared.out()).contains("NL201").contains("NL202");
    }

    @Test
    void jsonAndSarifGoToStandardOutputAlone() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        Run json = run("--format", "json", SEED_A);
        assertThat(json.exit()).isEqualTo(1);
        JsonNode report = mapper.readTree(json.out());
        assertThat(report.path("summary").path("errors").asInt()).isEqualTo(1);
        assertThat(report.path("findings").get(0).path("file").asText()).isEqualTo(SEED_A);

        Run sarif = run("--format", "sarif", SEED_A);
        JsonNode log = mapper.readTree(sarif.out());
        assertThat(log.path("version").asText()).isEqualTo("2.1.0");
        assertThat(log.path("runs").get(0).path("results")).anyMatch(r -> r.path("ruleId").asText().equals("NL102"));
    }

    @Test
    void outputWritesTheReportToAFile() throws Exception {
        Path file = dir.resolve("netlint.sarif");
        Run run = run("--format", "sarif", "--output", file.toString(), SEED_A);
        assertThat(run.out()).isEmpty();
        assertThat(new ObjectMapper().readTree(file.toFile()).path("version").asText()).isEqualTo("2.1.0");
    }

    @Test
    void directoriesAreSearchedAndTheirNonModelFilesSkipped() throws Exception {
        Path models = Files.createDirectories(dir.resolve("models/nested"));
        Files.copy(Path.of(SEED_A), models.resolve("a.json"));
        Files.writeString(dir.resolve("models/labels.json"), "{\"0\": \"cat\"}");
        Files.writeString(dir.resolve("models/notes.txt"), "not linted");
        Run run = run(dir.resolve("models").toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("a.json:[144,5] NL102")
                .contains("netlint: 1 model file read (1 other file skipped)");
    }

    @Test
    void anUnreadableSubdirectoryIsOneLineAndTheRestIsStillLinted() throws Exception {
        Path models = Files.createDirectories(dir.resolve("models"));
        Files.copy(Path.of(SEED_A), models.resolve("a.json"));
        Path locked = Files.createDirectories(models.resolve("locked"));
        Files.copy(Path.of(CLEAN), locked.resolve("b.json"));
        Files.setPosixFilePermissions(locked, java.util.Set.of());
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(listable(locked), "this user reads every directory "
                    + "(root with CAP_DAC_OVERRIDE): no unreadable directory can be made; run without that capability");
            Run run = run(models.toString());
            assertThat(run.err().lines().filter(l -> l.contains("locked")).toList()).singleElement()
                    .satisfies(line -> assertThat(line).startsWith("netlint: cannot list directory ")
                            .endsWith("locked (AccessDeniedException); the files in it were not checked"));
            assertThat(run.out()).contains("a.json:[144,5] NL102");
            assertThat(run.exit()).isEqualTo(2);
        } finally {
            Files.setPosixFilePermissions(locked,
                    java.util.EnumSet.allOf(java.nio.file.attribute.PosixFilePermission.class));
        }
    }

    private static boolean listable(Path directory) {
        try (var entries = Files.list(directory)) {
            return entries.count() >= 0;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    @Test
    void helpAndVersion() {
        assertThat(run("--help").out()).contains("usage: java -jar netlint-cli.jar").contains("Exit codes");
        assertThat(run("--help").exit()).isZero();
        assertThat(run("--version").out()).startsWith("netlint ");
    }
}
