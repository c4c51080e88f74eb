package dev.netlint.bench;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Every case in one long-running JVM: the netlint engine's median time once warm, and the floor, the median time
 * of Jackson's plain tree parse ({@code ObjectMapper.readTree}) of the same bytes, already in memory.
 *
 * <p>Usage: {@code Warm CASE_DIR NAME...}: for each name, {@code CASE_DIR/NAME.files} lists the files and
 * {@code CASE_DIR/NAME.threads} (optional) the threads.
 */
public final class Warm {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Warm() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        List<String> names = List.of(args).subList(1, args.length);
        // A shared warm-up over every case first, so that the first case measured is not the JIT's victim.
        long warmupEnd = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < warmupEnd) {
            for (String name : names) {
                Case c = Case.load(dir, name);
                if (c.bytes() < 5_000_000 && c.files().size() <= 16) {
                    NetlintLint.lint(NetlintLint.inputs(c.files()), 1);
                }
            }
        }
        for (String name : names) {
            Case c = Case.load(dir, name);
            var inputs = NetlintLint.inputs(c.files());
            List<byte[]> contents = new ArrayList<>();
            for (Path file : c.files()) {
                contents.add(Files.readAllBytes(file));
            }
            Callable<Object> engine = () -> NetlintLint.lint(inputs, c.threads());
            Callable<Object> floor = () -> {
                int nodes = 0;
                for (byte[] content : contents) {
                    nodes += MAPPER.readTree(content).size();
                }
                return nodes;
            };
            boolean big = c.bytes() > 20_000_000;
            int layers = (Integer) engine.call();
            if (!big) {
                warmUntilStable(engine);
                warmUntilStable(floor);
            }
            // Alternating engine and floor runs, so that other load on the machine hits both alike.
            int minRuns = big ? 3 : 9;
            long end = System.nanoTime() + (big ? 0 : 2_000_000_000L);
            List<Double> engineTimes = new ArrayList<>();
            List<Double> floorTimes = new ArrayList<>();
            while (engineTimes.size() < 400 && (engineTimes.size() < minRuns || System.nanoTime() < end)) {
                engineTimes.add(Measure.millis(engine));
                floorTimes.add(Measure.millis(floor));
            }
            System.out.println(Measure.result("case", name, "warmMs", median(engineTimes), "floorMs",
                    median(floorTimes), "runs", engineTimes.size(), "layers", layers));
        }
    }

    /**
     * Runs {@code call} in rounds of half a second until the JIT is done with it: the round's median no longer
     * improves on the best round by 3% three rounds running (at most 40 s). On 2 busy cores, C2 takes 10 s and more
     * to compile the path through DL4J's deserialiser for a large graph; a fixed short warm-up measured the C1 code.
     */
    static void warmUntilStable(Callable<Object> call) throws Exception {
        long cap = System.nanoTime() + 40_000_000_000L;
        double best = Double.MAX_VALUE;
        int steady = 0;
        while (steady < 3 && System.nanoTime() < cap) {
            List<Double> round = new ArrayList<>();
            long end = System.nanoTime() + 500_000_000L;
            while (System.nanoTime() < end || round.size() < 3) {
                round.add(Measure.millis(call));
            }
            double median = median(round);
            if (median < best * 0.97) {
                best = median;
                steady = 0;
            } else {
                steady++;
            }
        }
    }

    private static double median(List<Double> values) {
        return Measure.median(values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** A case as the driver wrote it down. */
    record Case(List<Path> files, int threads, long bytes) {
        static Case load(Path dir, String name) throws Exception {
            List<Path> files = Files.readAllLines(dir.resolve(name + ".files")).stream()
                    .filter(l -> !l.isBlank()).map(Path::of).toList();
            Path threadsFile = dir.resolve(name + ".threads");
            int threads = Files.exists(threadsFile) ? Integer.parseInt(Files.readString(threadsFile).trim()) : 1;
            long bytes = 0;
            for (Path file : files) {
                bytes += Files.size(file);
            }
            return new Case(files, threads, bytes);
        }
    }
}
