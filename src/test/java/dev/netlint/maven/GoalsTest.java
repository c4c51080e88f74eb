package dev.netlint.maven;

import dev.netlint.Fixtures;
import dev.netlint.engine.Baseline;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The goals as Maven runs them, with their parameters set as Maven would set them (defaults included), on a
 * project in a temporary directory: how parameters reach the engine and how the result reaches the log.
 */
class GoalsTest {

    @TempDir
    Path project;

    /** Collects what a goal logs, one "[level] text" per line. */
    static final class RecordingLog extends SystemStreamLog {
        final List<String> lines = new ArrayList<>();

        @Override
        public void info(CharSequence content) {
            lines.add("[INFO] " + content);
        }

        @Override
        public void warn(CharSequence content) {
            lines.add("[WARNING] " + content);
        }

        @Override
        public void error(CharSequence content) {
            lines.add("[ERROR] " + content);
        }

        @Override
        public void debug(CharSequence content) {
            lines.add("[DEBUG] " + content);
        }

        @Override
        public boolean isDebugEnabled() {
            return true;
        }

        String text() {
            return String.join("\n", lines);
        }
    }

    private void model(String fixture) throws IOException {
        Path models = Files.createDirectories(project.resolve("src/main/resources/models"));
        Files.copy(Fixtures.dl4j(fixture), models.resolve(fixture));
    }

    private <T extends AbstractLintMojo> T lint(T mojo) {
        mojo.baseDirectory = project.toFile();
        mojo.baselineFile = project.resolve(Baseline.DEFAULT_FILE_NAME).toFile();
        mojo.setLog(new RecordingLog());
        return mojo;
    }

    private CheckMojo check() {
        CheckMojo check = lint(new CheckMojo());
        check.failOnViolation = true;
        check.violationSeverity = "error";
        check.outputDirectory = project.resolve("target/netlint").toFile();
        check.formats = "sarif,json";
        check.environment = Map.<String, String>of()::get;
        return check;
    }

    private static String log(AbstractNetlintMojo mojo) {
        return ((RecordingLog) mojo.getLog()).text();
    }

    @Test
    void baselineGoalThenCheckFailsOnlyOnNewFindings() throws Exception {
        model("bad-seedA-two-sigmoid-mcxent.json");
        assertThatThrownBy(() -> check().execute()).isInstanceOf(MojoFailureException.class);

        BaselineMojo baseline = lint(new BaselineMojo());
        baseline.execute();
        Path file = project.resolve("netlint-baseline.json");
        assertThat(file).exists();
        assertThat(log(baseline)).contains("): baseline netlint-baseline.json written: ")
                .contains("(1 error, ");

        CheckMojo known = check();
        known.execute();
        assertThat(log(known)).contains(" findings baselined").doesNotContain("[ERROR]")
                .contains("[DEBUG] netlint (" + project.getFileName() + "): baseline netlint-baseline.json lists ");
        assertThat(Files.readString(project.resolve("target/netlint/netlint.sarif")))
                .contains("\"baselineState\": \"unchanged\"");

        model("bad-nout-zero.json");
        CheckMojo withNew = check();
        assertThatThrownBy(withNew::execute).isInstanceOf(MojoFailureException.class);
        assertThat(log(withNew)).contains("bad-nout-zero.json").contains(" NL108 ")
                .doesNotContain("[ERROR] src/main/resources/models/bad-seedA-two-sigmoid-mcxent.json");
    }

    @Test
    void defaultBaselineFileIsOptionalButAConfiguredOneMustExist() throws Exception {
        model("ok-seedA-softmax-mcxent.json");
        CheckMojo without = check();
        without.execute();
        assertThat(log(without)).doesNotContain("baselined").doesNotContain("): baseline");
        CheckMojo configured = check();
        configured.baselineFile = project.resolve("config/known.json").toFile();
        assertThatThrownBy(configured::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("baseline file config/known.json does not exist");
    }

    @Test
    void suppressedErrorPassesTheBuildAndIsCountedInTheSummary() throws Exception {
        model("bad-seedA-two-sigmoid-mcxent.json");
        Files.writeString(project.resolve("netlint-suppressions.xml"), """
                <suppressions>
                  <suppression>
                    <file>src/main/resources/models/*.json</file>
                    <rule>NL102</rule>
                    <element>output</element>
                    <reason>kept to compare with the fixed model</reason>
                  </suppression>
                </suppressions>
                """);
        CheckMojo check = check();
        check.suppressionsLocation = new java.io.File("netlint-suppressions.xml");
        check.execute();
        assertThat(log(check)).contains(", 1 suppressed").doesNotContain("[ERROR]")
                .contains("[DEBUG] netlint: suppressed by netlint-suppressions.xml entry 1 (kept to compare with the "
                        + "fixed model): src/main/resources/models/bad-seedA-two-sigmoid-mcxent.json:[144,5] NL102");
    }

    @Test
    void suppressionsFileProblemsAreConfigurationErrors() throws Exception {
        model("bad-seedA-two-sigmoid-mcxent.json");
        CheckMojo absent = check();
        absent.suppressionsLocation = project.resolve("nowhere.xml").toFile();
        assertThatThrownBy(absent::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("suppressions file nowhere.xml does not exist");
        Files.writeString(project.resolve("s.json"), "{\"suppressions\": [{\"file\": \"**\", \"rule\": \"NL102\"}]}");
        CheckMojo noReason = check();
        noReason.suppressionsLocation = project.resolve("s.json").toFile();
        assertThatThrownBy(noReason::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("has no reason");
    }

    /**
     * A stale suppression is no sign that a model was read: a configured directory without models is still said to
     * be empty.
     */
    @Test
    void configuredDirectoryWithoutModelsIsReportedEvenWhenItsSuppressionsAreStale() throws Exception {
        Files.writeString(project.resolve("s.json"), """
                {"suppressions": [{"file": "**/*.json", "rule": "NL102", "reason": "r"}]}""");
        CheckMojo check = check();
        check.sourceDirectories = List.of(new java.io.File("src/main/models"));
        check.suppressionsLocation = project.resolve("s.json").toFile();
        check.verbose = true;
        check.execute();
        assertThat(log(check)).contains("[INFO] s.json:[1,19] NL004 suppression 1")
                .contains("[WARNING] netlint: no model file found in src/main/models");
    }

    @Test
    void githubAnnotationsGoToStandardOutputOnlyOnGithubActions() throws Exception {
        model("bad-seedA-two-sigmoid-mcxent.json");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CheckMojo onGithub = check();
        onGithub.environment = Map.of("GITHUB_ACTIONS", "true")::get;
        onGithub.stdout = new PrintStream(out, true, StandardCharsets.UTF_8);
        assertThatThrownBy(onGithub::execute).isInstanceOf(MojoFailureException.class);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("::error file=src/main/resources/models/"
                + "bad-seedA-two-sigmoid-mcxent.json,line=144,col=5,title=NL102::output: sigmoid activation");
        assertThat(log(onGithub)).doesNotContain("::error");

        ByteArrayOutputStream quiet = new ByteArrayOutputStream();
        CheckMojo elsewhere = check();
        elsewhere.stdout = new PrintStream(quiet, true, StandardCharsets.UTF_8);
        assertThatThrownBy(elsewhere::execute).isInstanceOf(MojoFailureException.class);
        assertThat(quiet.toByteArray()).isEmpty();
    }

    @Test
    void familyWildcardInChecksReachesTheEngine() throws Exception {
        model("bad-seedA-two-sigmoid-mcxent.json");
        CheckMojo off = check();
        off.checks = Map.of("NL1xx", "warning");
        off.execute();
        assertThat(log(off)).contains("[WARNING] src/main/resources/models/bad-seedA-two-sigmoid-mcxent.json:[144,5] "
                + "NL102");
        CheckMojo none = check();
        none.checks = Map.of("NL99x", "off");
        assertThatThrownBy(none::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("'NL99x' in <checks> matches no rule");
    }

    @Test
    void rulesCatalogFromTheRulesGoalAndFromCheck() throws Exception {
        RulesMojo rules = new RulesMojo();
        rules.baseDirectory = project.toFile();
        rules.checks = Map.of("NL303", "off");
        rules.setLog(new RecordingLog());
        rules.execute();
        assertThat(log(rules)).contains("[INFO] netlint: ").contains(" rules (id, severity, summary, page)")
                .contains("[INFO] NL102  error ").contains("[INFO] NL303  off (default info) ")
                .contains("https://github.com/netlint/netlint/blob/main/docs/rules/NL102.md");

        model("ok-seedA-softmax-mcxent.json");
        CheckMojo check = check();
        check.printRules = true;
        check.execute();
        assertThat(log(check)).contains("[INFO] NL004  info ").contains("model file read");
        CheckMojo silent = check();
        silent.execute();
        assertThat(log(silent)).doesNotContain("[INFO] NL004  ");
    }
    /** What Maven reads from the generated descriptor: how each goal may be run. */
    @Test
    void descriptorDeclaresHowEachGoalRuns() throws Exception {
        org.w3c.dom.Document xml = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(Path.of("target/classes/META-INF/maven/plugin.xml").toFile());
        org.w3c.dom.Element rules = goal(xml, "rules");
        assertThat(text(rules, "requiresProject")).isEqualTo("false");
        // Without a project Maven has no ${project.basedir}: a required parameter would stop the goal.
        org.w3c.dom.NodeList required = rules.getElementsByTagName("required");
        for (int i = 0; i < required.getLength(); i++) {
            assertThat(required.item(i).getTextContent().trim()).as("rules goal parameter %d required", i)
                    .isEqualTo("false");
        }
        org.w3c.dom.Element baseline = goal(xml, "baseline");
        assertThat(text(baseline, "phase")).as("run on purpose, never by a lifecycle phase").isEmpty();
        assertThat(text(baseline, "threadSafe")).isEqualTo("true");
        assertThat(text(rules, "threadSafe")).isEqualTo("true");
        assertThat(text(goal(xml, "check"), "phase")).isEqualTo("verify");
    }

    @Test
    void rulesGoalNeedsNoConfiguration() throws Exception {
        RulesMojo rules = new RulesMojo();
        rules.setLog(new RecordingLog());
        rules.execute();
        assertThat(log(rules)).contains("[INFO] NL303  info ");
    }

    private static org.w3c.dom.Element goal(org.w3c.dom.Document xml, String name) {
        org.w3c.dom.NodeList mojos = xml.getElementsByTagName("mojo");
        for (int i = 0; i < mojos.getLength(); i++) {
            org.w3c.dom.Element mojo = (org.w3c.dom.Element) mojos.item(i);
            if (text(mojo, "goal").equals(name)) {
                return mojo;
            }
        }
        throw new AssertionError("no goal " + name + " in the plugin descriptor");
    }

    /** Text of the first direct child named {@code tag}, empty when there is none. */
    private static String text(org.w3c.dom.Element parent, String tag) {
        for (org.w3c.dom.Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof org.w3c.dom.Element element && element.getTagName().equals(tag)) {
                return element.getTextContent().trim();
            }
        }
        return "";
    }

    /** {@code baseline} reads with check's engine parameters: a file check refuses is not baselined. */
    @Test
    void baselineUsesTheSameEngineParametersAsCheck() throws Exception {
        model("bad-seedA-two-sigmoid-mcxent.json");
        BaselineMojo baseline = lint(new BaselineMojo());
        baseline.maxFileSize = "1KiB";
        baseline.execute();
        assertThat(Files.readString(project.resolve(Baseline.DEFAULT_FILE_NAME))).doesNotContain("NL102");
        assertThat(log(baseline)).contains(" from 0 model files.");
    }

    /** An output directory that leads out of the build directory through a link is refused before anything runs. */
    @Test
    void anOutputDirectoryLinkedOutOfTheBuildDirectoryIsRefused() throws Exception {
        model("bad-seedA-two-sigmoid-mcxent.json");
        Path elsewhere = Files.createDirectories(project.resolve("elsewhere"));
        Files.createDirectories(project.resolve("target"));
        Files.createSymbolicLink(project.resolve("target/netlint"), elsewhere);
        CheckMojo check = check();
        assertThatThrownBy(check::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("outside the build directory");
        try (var files = Files.list(elsewhere)) {
            assertThat(files).isEmpty();
        }
    }

    /** Every finding is printed before reports are written: a report that cannot be written hides nothing. */
    @Test
    void aReportThatCannotBeWrittenDoesNotHideTheFindings() throws Exception {
        model("bad-seedA-two-sigmoid-mcxent.json");
        Files.createDirectories(project.resolve("target/netlint/netlint.sarif/blocked"));
        CheckMojo check = check();
        check.failOnViolation = false;
        assertThatThrownBy(check::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("cannot write report target/netlint/netlint.sarif");
        assertThat(log(check)).contains("[ERROR] src/main/resources/models/bad-seedA-two-sigmoid-mcxent.json:")
                .contains(" NL102 ");
        assertThat(project.resolve("target/netlint/netlint.json")).exists();
    }
}
