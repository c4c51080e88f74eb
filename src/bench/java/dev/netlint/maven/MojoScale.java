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
 * Each run prints the goal's time and the engine's alone on the same files right after (with the same threads), each
 * with its CPU time by thread (see {@link Cpu}), and the CPU time of hashing every file once. The calling thread's
 * CPU time is the goal's own work outside the engine on that thread, a figure other load on the machine hardly
 * changes, unlike wall times and the workers' CPU time. The first run is a fresh JVM's, so it also holds the JIT's
 * first work. The last line gives the medians of the runs after the first.
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
        List<long[]> warm = new java.util.ArrayList<>();
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
            Cpu before = Cpu.now();
            long start = System.nanoTime();
            try {
                check.execute();
            } catch (MojoFailureException expected) {
                // the zoo has findings at error level
            }
            long goal = System.nanoTime() - start;
            Cpu goalCpu = Cpu.now().minus(before);
            List<ModelInput> inputs = new InputCollector().collect(new LintRequest(project,
                    List.of(project.resolve("src/main/resources")), LintRequest.DEFAULT_INCLUDES, List.of(),
                    List.of(), SeverityOverrides.NONE));
            before = Cpu.now();
            start = System.nanoTime();
            new LintEngine(SeverityOverrides.NONE, EngineOptions.defaults().withProjectRoot(project)).lint(inputs);
            long engine = System.nanoTime() - start;
            Cpu engineCpu = Cpu.now().minus(before);
            long hashing = hashing(inputs);
            System.out.printf("run %d: goal %d ms, CPU %s; engine alone %d ms, CPU %s; SHA-256 of the files %d ms%n",
                    run + 1, goal / 1_000_000, goalCpu, engine / 1_000_000, engineCpu, hashing / 1_000_000);
            if (run > 0) {
                warm.add(new long[] {goal, goalCpu.process, goalCpu.calling, goalCpu.workers, goalCpu.pool,
                        engine, engineCpu.process, engineCpu.workers, hashing});
            }
        }
        if (!warm.isEmpty()) {
            System.out.printf("median of runs 2 to %d: goal %d ms (CPU %d ms: calling thread %d ms, engine workers %d ms,"
                            + " common pool %d ms); engine alone %d ms (CPU %d ms, workers %d ms); SHA-256 %d ms%n",
                    runs, median(warm, 0), median(warm, 1), median(warm, 2), median(warm, 3), median(warm, 4),
                    median(warm, 5), median(warm, 6), median(warm, 7), median(warm, 8));
        }
    }

    /**
     * CPU time by thread: the calling thread (which only waits while the engine's workers lint, so its CPU time is
     * the goal's own work on it: input collection, cache file, console lines, reports), the engine's workers, the
     * common fork-join pool, and the whole process (JIT compilers and GC included).
     */
    private record Cpu(long process, long calling, long workers, long pool) {
        static Cpu now() {
            java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
            long workers = 0;
            long pool = 0;
            for (java.lang.management.ThreadInfo info : mx.getThreadInfo(mx.getAllThreadIds())) {
                if (info == null) {
                    continue;
                }
                long time = Math.max(0, mx.getThreadCpuTime(info.getThreadId()));
                if (info.getThreadName().startsWith("netlint-worker")) {
                    workers += time;
                } else if (info.getThreadName().startsWith("ForkJoinPool.commonPool")) {
                    pool += time;
                }
            }
            return new Cpu(cpu(), mx.getCurrentThreadCpuTime(), workers, pool);
        }

        Cpu minus(Cpu start) {
            // Threads that ended in between (idle workers time out) lose their time: clamp at zero.
            return new Cpu(process - start.process, calling - start.calling, Math.max(0, workers - start.workers),
                    Math.max(0, pool - start.pool));
        }

        @Override
        public String toString() {
            return String.format("%d ms (calling thread %d, workers %d, common pool %d)", process / 1_000_000,
                    calling / 1_000_000, workers / 1_000_000, pool / 1_000_000);
        }
    }

    /** CPU time of reading every file and taking its SHA-256 on this thread: what the up-to-date cache adds. */
    private static long hashing(List<ModelInput> inputs) throws IOException {
        long start = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        try {
            for (ModelInput input : inputs) {
                java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(input.path()));
            }
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - start;
    }

    private static long median(List<long[]> runs, int column) {
        long[] values = runs.stream().mapToLong(run -> run[column]).sorted().toArray();
        long middle = values.length % 2 == 1 ? values[values.length / 2]
                : (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
        return middle / 1_000_000;
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
