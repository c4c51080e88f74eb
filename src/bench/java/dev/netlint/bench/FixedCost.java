package dev.netlint.bench;

import dev.netlint.engine.EngineOptions;
import dev.netlint.engine.LintEngine;
import dev.netlint.engine.ModelInput;
import dev.netlint.engine.SeverityOverrides;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * What one engine call costs whatever the file: {@code lint} of a two-byte JSON file that holds no model (read,
 * sniffed, skipped), and, for comparison, the bare round trip of an empty task to a pooled thread and back. The
 * engine runs every file on a worker thread so that a file over {@code timeoutPerFile} can be abandoned; that
 * hand-over is the floor of a call.
 *
 * <p>Usage: {@code FixedCost SECONDS}
 */
public final class FixedCost {

    private FixedCost() {
    }

    public static void main(String[] args) throws Exception {
        long seconds = Long.parseLong(args[0]);
        Path empty = Files.createTempFile("netlint-bench", ".json");
        Files.writeString(empty, "{}");
        List<ModelInput> inputs = List.of(new ModelInput(empty, "empty.json", Optional.empty(), false));
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            double engine = Double.NaN;
            double handOff = Double.NaN;
            while (System.nanoTime() < end) { // the last round's medians, once the JIT is done
                double[] engineRuns = new double[2000];
                double[] handOffRuns = new double[2000];
                for (int i = 0; i < engineRuns.length; i++) {
                    engineRuns[i] = Measure.millis(() -> new LintEngine(SeverityOverrides.NONE,
                            EngineOptions.defaults().withThreads(1)).lint(inputs));
                    handOffRuns[i] = Measure.millis(() -> {
                        CountDownLatch done = new CountDownLatch(1);
                        pool.execute(done::countDown);
                        done.await();
                        return null;
                    });
                }
                engine = Measure.median(engineRuns);
                handOff = Measure.median(handOffRuns);
            }
            System.out.println(Measure.result("engineCallUs", engine * 1000, "handOffUs", handOff * 1000));
        } finally {
            pool.shutdown();
            Files.delete(empty);
        }
    }
}
