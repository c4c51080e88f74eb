package dev.netlint.maven;

import dev.netlint.Fixtures;
import dev.netlint.engine.Baseline;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The goals in the modules of a reactor, with Maven's project model: inputs from the module's resource directories,
 * modules without models skipped quietly, one summary per module named after it, paths from where the build started,
 * one output directory per module.
 */
class ModulesTest {

    private static final String BAD = "bad-seedA-two-sigmoid-mcxent.json";

    @TempDir
    Path root;

    private void model(Path directory) throws IOException {
        Files.createDirectories(directory);
        Files.copy(Fixtures.dl4j(BAD), directory.resolve(BAD));
    }

    private static <T extends AbstractLintMojo> T in(T mojo, MavenProject module, MavenSession session) {
        Path base = module.getBasedir().toPath();
        mojo.project = module;
        mojo.session = session;
        mojo.baseDirectory = base.toFile();
        mojo.baselineFile = base.resolve(Baseline.DEFAULT_FILE_NAME).toFile();
        mojo.outputDirectory = base.resolve("target/netlint").toFile();
        mojo.buildDirectory = base.resolve("target").toFile();
        mojo.setLog(new GoalsTest.RecordingLog());
        return mojo;
    }

    private static CheckMojo check(MavenProject module, MavenSession session) {
        CheckMojo check = in(new CheckMojo(), module, session);
        check.failOnViolation = true;
        check.violationSeverity = "error";
        check.formats = "sarif,json";
        check.environment = Map.<String, String>of()::get;
        return check;
    }

    private static GoalsTest.RecordingLog log(AbstractLintMojo mojo) {
        return (GoalsTest.RecordingLog) mojo.getLog();
    }

    @Test
    void modelsInACustomResourceDirectoryAreChecked() throws Exception {
        Path app = root.resolve("app");
        model(app.resolve("src/main/models"));
        CheckMojo check = check(MavenFakes.module(app, "app", "jar", "src/main/models"), MavenFakes.session(app));
        assertThatThrownBy(check::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("netlint (app): 1 finding at or above error");
        assertThat(log(check).text()).contains("[ERROR] src/main/models/" + BAD + ":[144,5] NL102 output: ");
    }

    @Test
    void testResourcesOnlyWhenAsked() throws Exception {
        Path lib = root.resolve("lib");
        model(lib.resolve("src/test/resources/models"));
        MavenProject module = MavenFakes.module(lib, "lib", "jar", "src/main/resources");
        CheckMojo byDefault = check(module, MavenFakes.session(lib));
        byDefault.execute();
        assertThat(log(byDefault).text()).doesNotContain("NL102").doesNotContain("[WARNING]");

        CheckMojo withTests = check(module, MavenFakes.session(lib));
        withTests.includeTestResources = true;
        assertThatThrownBy(withTests::execute).isInstanceOf(MojoFailureException.class);
        assertThat(log(withTests).text()).contains("[ERROR] src/test/resources/models/" + BAD + ":[144,5] NL102 ");
    }

    @Test
    void aModuleWithoutModelsIsSkippedWithOneDebugLineAndNoReportOrBaseline() throws Exception {
        Path empty = Files.createDirectories(root.resolve("empty/src/main/resources"));
        MavenProject module = MavenFakes.module(root.resolve("empty"), "empty", "jar", "src/main/resources");
        CheckMojo check = check(module, MavenFakes.session(root));
        check.execute();
        assertThat(log(check).lines).containsExactly("[DEBUG] netlint (empty): no model file in "
                + "empty/src/main/resources; nothing to check");
        assertThat(root.resolve("empty/target")).doesNotExist();

        BaselineMojo baseline = in(new BaselineMojo(), module, MavenFakes.session(root));
        baseline.execute();
        assertThat(log(baseline).lines).singleElement().asString().startsWith("[DEBUG] netlint (empty): ");
        assertThat(root.resolve("empty").resolve(Baseline.DEFAULT_FILE_NAME)).doesNotExist();
        assertThat(empty).isEmptyDirectory();
    }

    @Test
    void aPomParentIsSkippedEvenWhenItInheritsConfiguredDirectories() throws Exception {
        MavenProject parent = MavenFakes.module(root, "parent", "pom");
        CheckMojo check = check(parent, MavenFakes.session(root));
        check.sourceDirectories = java.util.List.of(new java.io.File("src/main/models"));
        check.execute();
        assertThat(log(check).lines).containsExactly("[DEBUG] netlint (parent): no model file in src/main/models "
                + "(pom packaging); nothing to check");
    }

    @Test
    void aConfiguredDirectoryWithoutModelsIsStillWarnedAbout() throws Exception {
        Path app = root.resolve("app");
        CheckMojo check = check(MavenFakes.module(app, "app", "jar"), MavenFakes.session(root));
        check.sourceDirectories = java.util.List.of(new java.io.File("src/main/models"));
        check.execute();
        assertThat(log(check).text()).contains("[WARNING] netlint: no model file found in app/src/main/models")
                .contains("[INFO] netlint (app): 0 model files read");
    }

    @Test
    void oneSummaryLinePerModuleNamedAfterItWithPathsFromWhereTheBuildStarted() throws Exception {
        Path app = root.resolve("app");
        model(app.resolve("src/main/resources/models"));
        CheckMojo check = check(MavenFakes.module(app, "app", "jar", "src/main/resources"),
                MavenFakes.session(root));
        check.failOnViolation = false;
        check.execute();
        GoalsTest.RecordingLog log = log(check);
        assertThat(log.lines).filteredOn(line -> line.startsWith("[INFO]")).containsExactly(
                "[INFO] netlint (app): 1 model file read, 1 network checked: 1 error, 0 warnings, 1 info; 1 not "
                        + "printed (-Dnetlint.verbose prints them). Reports: app/target/netlint/netlint.sarif, "
                        + "app/target/netlint/netlint.json");
        assertThat(log.text()).contains("[ERROR] app/src/main/resources/models/" + BAD + ":[144,5] NL102 output: ");
        assertThat(Files.exists(app.resolve("app"))).isFalse();
    }

    /** {@code mvn -f examples/pom.xml} from the repository's root: paths open from the root, where the user is. */
    @Test
    void pathsAreNamedFromTheWorkingDirectoryWhenThePomIsElsewhere() throws Exception {
        Path examples = root.resolve("examples");
        model(examples.resolve("src/main/resources"));
        CheckMojo check = check(MavenFakes.module(examples, "examples", "jar", "src/main/resources"),
                MavenFakes.session(examples, root));
        assertThatThrownBy(check::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageEndingWith("see the lines above or examples/target/netlint/netlint.sarif");
        assertThat(log(check).text()).contains("[ERROR] examples/src/main/resources/" + BAD + ":[144,5] NL102 ");
    }

    @Test
    void twoModulesWithOneOutputDirectoryAreRefused() throws Exception {
        MavenSession session = MavenFakes.session(root);
        Path shared = root.resolve("target/netlint");
        Path app = root.resolve("app");
        Path lib = root.resolve("lib");
        model(app.resolve("src/main/resources"));
        model(lib.resolve("src/main/resources"));
        CheckMojo first = check(MavenFakes.module(app, "app", "jar", "src/main/resources"), session);
        first.outputDirectory = shared.toFile();
        first.failOnViolation = false;
        first.execute();
        // The same module again (check, then the site report) keeps its directory.
        CheckMojo again = check(MavenFakes.module(app, "app", "jar", "src/main/resources"), session);
        again.outputDirectory = shared.toFile();
        again.failOnViolation = false;
        again.execute();

        CheckMojo second = check(MavenFakes.module(lib, "lib", "jar", "src/main/resources"), session);
        second.outputDirectory = shared.toFile();
        assertThatThrownBy(second::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessage("netlint (lib): the output directory target/netlint is also the output directory of "
                        + "dev.netlint.test:app:jar:1.0 in this build; each module needs its own, or their reports "
                        + "and caches overwrite each other. Leave outputDirectory at its default "
                        + "${project.build.directory}/netlint (netlint:aggregate merges the modules' reports into one)"
                        + " or give every module its own directory");
        // Another build (another request) starts afresh.
        CheckMojo nextBuild = check(MavenFakes.module(lib, "lib", "jar", "src/main/resources"),
                MavenFakes.session(root));
        nextBuild.outputDirectory = shared.toFile();
        nextBuild.failOnViolation = false;
        nextBuild.execute();
    }
}
