package dev.netlint.maven;

import dev.netlint.Fixtures;
import dev.netlint.engine.Baseline;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The IDE's incremental build as m2e hands it to a goal (plexus-build-api's {@code ThreadBuildContext}), here a
 * stand-in with the same shape: {@code check} skips a build in which no file it reads changed.
 */
class IdeBuildTest {

    /** The shape of plexus-build-api's {@code BuildContext}, as far as netlint uses it. */
    public interface Context {
        boolean isIncremental();

        boolean hasDelta(File file);
    }

    /** The shape of {@code ThreadBuildContext}: the context of the thread running the goal. */
    public static final class ThreadContext {
        static Context current;

        public static Context getContext() {
            return current;
        }
    }

    /** An incremental build in which the listed files changed. */
    static final class Incremental implements Context {
        final Set<Path> changed = new HashSet<>();
        final boolean incremental;

        Incremental(boolean incremental) {
            this.incremental = incremental;
        }

        @Override
        public boolean isIncremental() {
            return incremental;
        }

        @Override
        public boolean hasDelta(File file) {
            return changed.stream().anyMatch(path -> path.startsWith(file.toPath()));
        }
    }

    @TempDir
    Path project;

    @AfterEach
    void noContext() {
        ThreadContext.current = null;
    }

    private static java.util.Optional<IdeBuild> current() {
        return IdeBuild.current(IdeBuildTest.class.getClassLoader(), ThreadContext.class.getName());
    }

    @Test
    void noIdeMeansAFullRun() {
        assertThat(IdeBuild.current(getClass().getClassLoader())).as("plexus-build-api is not on the class path")
                .isEmpty();
        assertThat(current()).as("no context on this thread").isEmpty();
        ThreadContext.current = new Incremental(false);
        assertThat(current()).as("a full build in the IDE").isEmpty();
    }

    @Test
    void aChangeUnderADirectoryIsAChange() {
        Incremental context = new Incremental(true);
        ThreadContext.current = context;
        Path models = project.resolve("src/main/resources");
        assertThat(current()).isPresent();
        assertThat(current().get().changed(List.of(models, project.resolve("pom.xml")))).isFalse();
        context.changed.add(models.resolve("models/net.json"));
        assertThat(current().get().changed(List.of(models, project.resolve("pom.xml")))).isTrue();
    }

    /** In the IDE, check lints only when a file it reads changed since the last incremental build. */
    @Test
    void checkSkipsAnIncrementalBuildInWhichNoModelChanged() throws Exception {
        Path models = Files.createDirectories(project.resolve("src/main/resources"));
        Files.copy(Fixtures.dl4j("bad-seedA-two-sigmoid-mcxent.json"),
                models.resolve("bad-seedA-two-sigmoid-mcxent.json"));
        Incremental context = new Incremental(true);
        ThreadContext.current = context;
        context.changed.add(project.resolve("src/main/java/App.java"));
        CheckMojo unchanged = check();
        unchanged.execute();
        assertThat(((GoalsTest.RecordingLog) unchanged.getLog()).lines).containsExactly("[DEBUG] netlint ("
                + project.getFileName() + "): no model file changed since the last incremental build; nothing to "
                + "check");

        context.changed.add(models.resolve("bad-seedA-two-sigmoid-mcxent.json"));
        CheckMojo changed = check();
        changed.execute();
        assertThat(((GoalsTest.RecordingLog) changed.getLog()).text()).contains("1 model file read")
                .contains("[ERROR] src/main/resources/bad-seedA-two-sigmoid-mcxent.json:[144,5] NL102 ");
    }

    private CheckMojo check() {
        CheckMojo check = new CheckMojo();
        check.ideContextClass = ThreadContext.class.getName();
        check.baseDirectory = project.toFile();
        check.baselineFile = project.resolve(Baseline.DEFAULT_FILE_NAME).toFile();
        check.outputDirectory = project.resolve("target/netlint").toFile();
        check.violationSeverity = "error";
        check.formats = "none";
        check.environment = Map.<String, String>of()::get;
        check.setLog(new GoalsTest.RecordingLog());
        return check;
    }
}
