package dev.netlint.maven;

import dev.netlint.engine.EngineOptions;
import dev.netlint.engine.InputCollector;
import dev.netlint.engine.LintEngine;
import dev.netlint.engine.LintRequest;
import dev.netlint.engine.ModelInput;
import dev.netlint.engine.SeverityOverrides;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The {@code check} goal over many model files in one JVM, against the engine alone on the same files: what the
 * goal spends outside the engine (input collection, the cache, console lines, reports). Usage:
 * {@code MojoScale PROJECT_DIR FILES RUNS [replay]}; the project is made from the zoo configurations when absent.
 * Every run deletes {@code target} first (a clean build, the cache on as by default), unless {@code replay}.
 * Each run prints the goal's time and the engine's alone on the same files right after (with the same threads), and
 * the difference: what the goal spends outside the engine. The first run is a fresh JVM's, so its difference also
 * holds the JIT's first work on the engine's path.
 */
public final class MojoScale {

    private MojoScale() {
    }

    public static void main(String[] args) throws Exception {
        Path project = Path.of(args[0]).toAbsolutePath();
        int files = Integer.parseInt(args[1]);
        int runs = Integer.parseInt(args[2]);
        boolean replay = args.length > 3 && args[3].equals("replay");
        Path models = project.resolve("src/main/resources/models");
        if (!Files.isDirectory(models)) {
            Files.createDirectories(models);
            List<Path> zoo;
            try (Stream<Path> list = Files.list(Path.of("src/test/resources/fixtures/zoo"))) {
                zoo = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
            }
            for (int i = 0; i < files; i++) {
                Path source = zoo.get(i % zoo.size());
                Files.copy(source, models.resolve(String.format("%04d-%s", i, source.getFileName())));
            }
        }
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        for (int run = 0; run < runs; run++) {
            if (!replay) {
                deleteTree(project.resolve("target"));
            }
            CheckMojo check = new CheckMojo();
            check.baseDirectory = project.toFile();
            check.baselineFile = project.resolve("netlint-baseline.json").toFile();
            check.outputDirectory = project.resolve("target/netlint").toFile();
            check.formats = "sarif,json";
            check.violationSeverity = "error";
            check.failOnViolation = true;
            check.cache = true;
            check.environment = Map.<String, String>of()::get;
            check.stdout = quiet;
            check.setLog(new PrintingLog(quiet));
            long start = System.nanoTime();
            long startCpu = cpu();
            try {
                check.execute();
            } catch (MojoFailureException expected) {
                // the zoo has findings at error level
            }
            long goal = System.nanoTime() - start;
            long goalCpu = cpu() - startCpu;
            List<ModelInput> inputs = new InputCollector().collect(new LintRequest(project,
                    List.of(project.resolve("src/main/resources")), LintRequest.DEFAULT_INCLUDES, List.of(),
                    List.of(), SeverityOverrides.NONE));
            start = System.nanoTime();
            startCpu = cpu();
            new LintEngine(SeverityOverrides.NONE, EngineOptions.defaults().withProjectRoot(project)).lint(inputs);
            long engine = System.nanoTime() - start;
            long engineCpu = cpu() - startCpu;
            System.out.printf("run %d: goal %d ms (CPU %d ms), engine alone %d ms (CPU %d ms), outside the engine"
                            + " %d ms (CPU %d ms)%n", run + 1, goal / 1_000_000, goalCpu / 1_000_000,
                    engine / 1_000_000, engineCpu / 1_000_000, (goal - engine) / 1_000_000,
                    (goalCpu - engineCpu) / 1_000_000);
        }
    }

    /** CPU time of the whole process (all threads, JIT and GC included): wall time means little on a busy machine. */
    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** Formats every line as Maven's console does, into a stream nobody reads. */
    private static final class PrintingLog implements Log {
        private final PrintStream out;

        PrintingLog(PrintStream out) {
            this.out = out;
        }

        private void print(String level, CharSequence text) {
            out.println("[" + level + "] " + text);
        }

        @Override public boolean isDebugEnabled() { return false; }
        @Override public void debug(CharSequence content) { }
        @Override public void debug(CharSequence content, Throwable error) { }
        @Override public void debug(Throwable error) { }
        @Override public boolean isInfoEnabled() { return true; }
        @Override public void info(CharSequence content) { print("INFO", content); }
        @Override public void info(CharSequence content, Throwable error) { print("INFO", content); }
        @Override public void info(Throwable error) { print("INFO", String.valueOf(error)); }
        @Override public boolean isWarnEnabled() { return true; }
        @Override public void warn(CharSequence content) { print("WARNING", content); }
        @Override public void warn(CharSequence content, Throwable error) { print("WARNING", content); }
        @Override public void warn(Throwable error) { print("WARNING", String.valueOf(error)); }
        @Override public boolean isErrorEnabled() { return true; }
        @Override public void error(CharSequence content) { print("ERROR", content); }
        @Override public void error(CharSequence content, Throwable error) { print("ERROR", content); }
        @Override public void error(Throwable error) { print("ERROR", String.valueOf(error)); }
    }
}
