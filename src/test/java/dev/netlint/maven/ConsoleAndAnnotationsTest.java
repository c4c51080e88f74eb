package dev.netlint.maven;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.netlint.Fixtures;
import dev.netlint.engine.Baseline;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What {@code check} prints: errors and warnings on the console, notes on request; GitHub annotations written where
 * the runner reads them, capped for the whole build and switchable; the problem matcher in the jar reads the lines.
 */
class ConsoleAndAnnotationsTest {

    private static final String BAD = "bad-seedA-two-sigmoid-mcxent.json";

    @TempDir
    Path project;

    private void models(Path directory, String... fixtures) throws IOException {
        Files.createDirectories(directory);
        for (String fixture : fixtures) {
            Files.copy(Fixtures.dl4j(fixture), directory.resolve(fixture));
        }
    }

    private CheckMojo check(Path base, MavenSession session, String artifactId) {
        CheckMojo check = new CheckMojo();
        check.project = MavenFakes.module(base, artifactId, "jar", "src/main/resources");
        check.session = session;
        check.baseDirectory = base.toFile();
        check.baselineFile = base.resolve(Baseline.DEFAULT_FILE_NAME).toFile();
        check.outputDirectory = base.resolve("target/netlint").toFile();
        check.failOnViolation = false;
        check.violationSeverity = "error";
        check.formats = "sarif";
        check.environment = Map.<String, String>of()::get;
        check.setLog(new GoalsTest.RecordingLog());
        return check;
    }

    private CheckMojo check() throws IOException {
        models(project.resolve("src/main/resources/models"), BAD, "bad-dropout-retain-02.json");
        return check(project, MavenFakes.session(project), "app");
    }

    private static List<String> lines(CheckMojo check) {
        return ((GoalsTest.RecordingLog) check.getLog()).lines;
    }

    @Test
    void errorsAndWarningsOnTheConsoleNotesOnlyWhenAskedFor() throws Exception {
        CheckMojo quiet = check();
        quiet.execute();
        assertThat(lines(quiet)).noneMatch(line -> line.startsWith("[INFO] src/"))
                .anyMatch(line -> line.startsWith("[ERROR] src/main/resources/models/" + BAD + ":[144,5] NL102 "))
                .anyMatch(line -> line.startsWith("[WARNING] src/main/resources/models/bad-dropout-retain-02.json:"))
                .anyMatch(line -> line.startsWith("[DEBUG] src/main/resources/models/" + BAD + ":[9,5] NL303 "));
        assertThat(lines(quiet)).filteredOn(line -> line.startsWith("[INFO]")).singleElement().asString()
                .startsWith("[INFO] netlint (app): 2 model files read").contains(" not printed (-Dnetlint.verbose ");

        CheckMojo verbose = check(project, MavenFakes.session(project), "app");
        verbose.verbose = true;
        verbose.execute();
        assertThat(lines(verbose)).anyMatch(line -> line.startsWith("[INFO] src/main/resources/models/" + BAD
                + ":[9,5] NL303 "));
        assertThat(lines(verbose)).filteredOn(line -> line.startsWith("[INFO] netlint")).singleElement().asString()
                .doesNotContain("not printed");

        CheckMojo errorsOnly = check(project, MavenFakes.session(project), "app");
        errorsOnly.consoleLevel = "error";
        errorsOnly.execute();
        assertThat(lines(errorsOnly)).noneMatch(line -> line.startsWith("[WARNING] src/"))
                .anyMatch(line -> line.startsWith("[ERROR] src/"));
    }

    @Test
    void aFindingPrintsItsCostAndFixOnAnIndentedSecondLine() throws Exception {
        CheckMojo check = check();
        check.execute();
        String error = lines(check).stream().filter(line -> line.startsWith("[ERROR] ")).findFirst().orElseThrow();
        assertThat(error.lines()).hasSize(2);
        assertThat(error.lines().toList().get(1)).startsWith("    ").contains(" Fix: ");
    }

    @Test
    void anUnknownConsoleLevelOrAnnotationsSwitchIsAConfigurationError() throws Exception {
        CheckMojo level = check();
        level.consoleLevel = "loud";
        assertThatThrownBy(level::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessage("netlint: unknown consoleLevel 'loud'; use error, warning or info");
        CheckMojo annotations = check(project, MavenFakes.session(project), "app");
        annotations.annotations = "sometimes";
        assertThatThrownBy(annotations::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("annotations is 'sometimes'; use auto, true or false");
        CheckMojo negative = check(project, MavenFakes.session(project), "app");
        negative.maxAnnotations = -1;
        assertThatThrownBy(negative::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("maxAnnotations must be at least 0");
    }

    private static ByteArrayOutputStream capture(CheckMojo check) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        check.stdout = new PrintStream(out, true, StandardCharsets.UTF_8);
        return out;
    }

    @Test
    void annotationsByDefaultOnlyOnGithubActionsAndTheSwitchOverridesIt() throws Exception {
        CheckMojo off = check();
        off.environment = Map.of("GITHUB_ACTIONS", "true")::get;
        off.annotations = "false";
        ByteArrayOutputStream none = capture(off);
        off.execute();
        assertThat(none.toByteArray()).isEmpty();

        CheckMojo forced = check(project, MavenFakes.session(project), "app");
        forced.annotations = "true";
        ByteArrayOutputStream some = capture(forced);
        forced.execute();
        // Errors and warnings as the console shows them; the notes are not annotated unless printed.
        assertThat(some.toString(StandardCharsets.UTF_8).lines().toList()).hasSize(3)
                .allMatch(line -> line.startsWith("::error ") || line.startsWith("::warning "));
        assertThat(new CheckMojo().stdout).as("the process's standard output, not Maven's System.out")
                .isNotSameAs(System.out);
    }

    @Test
    void annotationsAreCappedPerModuleErrorsFirstWithANotice() throws Exception {
        MavenSession build = MavenFakes.session(project);
        Path app = project.resolve("app");
        Path lib = project.resolve("lib");
        models(app.resolve("src/main/resources/models"), "bad-dropout-retain-02.json", BAD);
        models(lib.resolve("src/main/resources/models"), BAD);
        CheckMojo first = check(app, build, "app");
        first.annotations = "true";
        first.maxAnnotations = 2;
        ByteArrayOutputStream firstOut = capture(first);
        first.execute();
        List<String> firstLines = firstOut.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(firstLines).hasSize(3);
        assertThat(firstLines.get(0)).startsWith("::error file=src/main/resources/models/" + BAD);
        assertThat(firstLines.get(1)).startsWith("::warning ");
        assertThat(firstLines.get(2)).isEqualTo("::notice title=netlint::netlint (app): 1 more finding not "
                + "annotated (maxAnnotations=2, errors first); the build log and the netlint.sarif reports list "
                + "every finding");

        // Another module has its own cap: its error is annotated whatever the first module used.
        CheckMojo second = check(lib, build, "lib");
        second.annotations = "true";
        second.maxAnnotations = 2;
        ByteArrayOutputStream secondOut = capture(second);
        second.execute();
        assertThat(secondOut.toString(StandardCharsets.UTF_8).lines().toList()).singleElement().asString()
                .startsWith("::error file=src/main/resources/models/" + BAD);
    }

    @Test
    void checkSetsNoSystemProperty() throws Exception {
        CheckMojo check = check();
        check.annotations = "true";
        capture(check);
        Properties before = (Properties) System.getProperties().clone();
        check.execute();
        assertThat(System.getProperties()).isEqualTo(before);
    }

    /** The matcher a workflow registers with {@code ::add-matcher::} reads netlint's own console lines. */
    @Test
    void theProblemMatcherInTheJarReadsTheConsoleLines() throws Exception {
        JsonNode matcher;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/netlint/netlint-problem-matcher.json")) {
            assertThat(in).isNotNull();
            matcher = new ObjectMapper().readTree(in);
        }
        JsonNode pattern = matcher.path("problemMatcher").path(0).path("pattern").path(0);
        assertThat(matcher.path("problemMatcher").path(0).path("owner").asText()).isEqualTo("netlint");
        Pattern regexp = Pattern.compile(pattern.path("regexp").asText());

        CheckMojo check = check();
        check.verbose = true;
        check.execute();
        String error = lines(check).stream().filter(line -> line.startsWith("[ERROR] ")).findFirst().orElseThrow();
        Matcher match = regexp.matcher(error.lines().findFirst().orElseThrow());
        assertThat(match.matches()).isTrue();
        assertThat(match.group(pattern.path("severity").asInt())).isEqualTo("ERROR");
        assertThat(match.group(pattern.path("file").asInt())).isEqualTo("src/main/resources/models/" + BAD);
        assertThat(match.group(pattern.path("line").asInt())).isEqualTo("144");
        assertThat(match.group(pattern.path("column").asInt())).isEqualTo("5");
        assertThat(match.group(pattern.path("code").asInt())).isEqualTo("NL102");
        assertThat(match.group(pattern.path("message").asInt())).startsWith("output: sigmoid activation");
        assertThat(lines(check)).filteredOn(line -> regexp.matcher(line.lines().findFirst().orElse("")).matches())
                .as("errors and warnings only; the notes and netlint's own lines are not annotated")
                .allMatch(line -> line.startsWith("[ERROR] src/") || line.startsWith("[WARNING] src/"))
                .hasSize(3);
        // A finding in an archive annotates the archive, the file GitHub can find.
        Matcher inArchive = regexp.matcher("[WARNING] models/net.zip!/configuration.json:[12,5] NL302 dense: p;");
        assertThat(inArchive.matches()).isTrue();
        assertThat(inArchive.group(2)).isEqualTo("models/net.zip");
        // Whatever a build tool puts before Maven's level, and Maven's colours where it prints them.
        assertThat(regexp.matcher("[app] [ERROR] m.json:[1,2] NL102 x: p;").matches()).isTrue();
        Matcher coloured = regexp.matcher("[\u001B[1;31mERROR\u001B[m] m.json:[1,2] NL102 x: p;");
        assertThat(coloured.matches()).isTrue();
        assertThat(coloured.group(1)).isEqualTo("ERROR");
        assertThat(coloured.group(2)).isEqualTo("m.json");
    }
}
