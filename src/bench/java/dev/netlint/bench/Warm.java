package dev.netlint.bench;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
            boolean big = c.bytes() > 20_000_000;
            double engine = Measure.warmMedian(() -> NetlintLint.lint(inputs, c.threads()), big ? 0 : 300,
                    big ? 3 : 7, big ? 0 : 1_500, 400);
            List<byte[]> contents = new ArrayList<>();
            for (Path file : c.files()) {
                contents.add(Files.readAllBytes(file));
            }
            double floor = Measure.warmMedian(() -> {
                int nodes = 0;
                for (byte[] content : contents) {
                    nodes += MAPPER.readTree(content).size();
                }
                return nodes;
            }, big ? 0 : 300, big ? 3 : 7, big ? 0 : 1_000, 400);
            System.out.println(Measure.result("case", name, "warmMs", engine, "floorMs", floor));
        }
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
