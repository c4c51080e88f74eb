package dev.netlint.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.netlint.fixtures.ZipBytes;
import org.junit.jupiter.api.AfterAll;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Coverage-guided fuzzing of every way into the readers, all through {@link ReadHarness#check}:
 * <ul>
 *   <li>{@link #anyFile} raw bytes, sniffed like any file (JSON, zip, HDF5);</li>
 *   <li>{@link #dl4jConfiguration} and {@link #kerasConfiguration} real configurations mutated as JSON trees
 *       (values, types, members, whole subtrees moved), which gets past the JSON syntax into DL4J's deserialiser,
 *       netlint's mappers and the rules;</li>
 *   <li>{@link #archive} zip archives built entry by entry, with forged sizes, shared data and hostile names;</li>
 *   <li>{@link #archiveDifferential} the archive-differential corpus and honest archives with header fields,
 *       offsets and sizes overwritten: whatever netlint accepts, DL4J's own reader must walk to the same entries;</li>
 *   <li>{@link #hdf5} HDF5 files (honest Keras ones and the hostile corpus) with their superblock and root header
 *       overwritten, truncated or spliced.</li>
 * </ul>
 * In a normal build ({@code mvn test}) each target runs on its regression inputs
 * ({@code src/test/resources/dev/netlint/fuzz/ReaderFuzzTestInputs/<target>}, the crashes found so far). The
 * {@code fuzz-*} surefire executions of {@code mvn verify} fuzz each target for a few seconds with
 * {@code JAZZER_FUZZ=1}; {@code fuzz/run-long.sh} fuzzes for as long as asked.
 */
class ReaderFuzzTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");
    private static final List<JsonNode> DL4J = seeds("dl4j", "zoo");
    private static final List<JsonNode> KERAS = seeds("keras", "supplychain");
    private static final List<byte[]> CONFIGURATIONS = DL4J.stream().limit(8).map(ReaderFuzzTest::bytes).toList();
    private static final List<byte[]> KERAS_CONFIGURATIONS = KERAS.stream().limit(8).map(ReaderFuzzTest::bytes)
            .toList();

    @FuzzTest(maxDuration = "10s")
    void anyFile(byte[] bytes) {
        ReadHarness.check(bytes);
    }

    @FuzzTest(maxDuration = "10s")
    void dl4jConfiguration(FuzzedDataProvider data) {
        JsonNode tree = DL4J.get(data.consumeInt(0, DL4J.size() - 1)).deepCopy();
        ReadHarness.check(JsonMutator.mutate(tree, data));
    }

    @FuzzTest(maxDuration = "10s")
    void kerasConfiguration(FuzzedDataProvider data) {
        JsonNode tree = KERAS.get(data.consumeInt(0, KERAS.size() - 1)).deepCopy();
        ReadHarness.check(JsonMutator.mutate(tree, data));
    }

    @FuzzTest(maxDuration = "10s")
    void archive(FuzzedDataProvider data) {
        ZipBytes zip = new ZipBytes();
        int entries = data.consumeInt(0, 6);
        for (int i = 0; i < entries; i++) {
            String name = data.consumeBoolean() ? data.pickValue(JsonMutator.ENTRY_NAMES) : data.consumeString(24);
            byte[] content = switch (data.consumeInt(0, 2)) {
                case 0 -> data.pickValue(CONFIGURATIONS);
                case 1 -> data.pickValue(KERAS_CONFIGURATIONS);
                default -> data.consumeBytes(data.consumeInt(0, 512));
            };
            ZipBytes.Entry entry = zip.add(name, content);
            if (data.consumeBoolean()) {
                entry.stored();
            }
            switch (data.consumeInt(0, 5)) {
                case 0 -> entry.declaredSize(data.consumeLong(0, 0xFFFF_FFFFL));
                case 1 -> entry.declaredCompressedSize(data.consumeLong(0, 0xFFFF_FFFFL));
                case 2 -> {
                    if (i > 0) {
                        entry.sharingDataOf(data.consumeInt(0, i - 1));
                    }
                }
                default -> { }
            }
        }
        byte[] bytes = zip.toBytes();
        int flips = data.consumeInt(0, 4);
        for (int i = 0; i < flips && bytes.length > 0; i++) {
            bytes[data.consumeInt(0, bytes.length - 1)] = data.consumeByte();
        }
        if (data.consumeBoolean()) {
            bytes = java.util.Arrays.copyOf(bytes, data.consumeInt(0, bytes.length));
        }
        ReadHarness.check(bytes);
    }

    private static final List<byte[]> ARCHIVES = files("badinput/archives", "badinput/generated/zip");
    private static final List<byte[]> HDF5 = files("badinput/hdf5", "badinput/generated/h5");

    @FuzzTest(maxDuration = "10s")
    void archiveDifferential(FuzzedDataProvider data) {
        byte[] bytes = data.pickValue(ARCHIVES).clone();
        overwrite(bytes, data, true);
        ReadHarness.checkArchive(bytes);
    }

    @FuzzTest(maxDuration = "10s")
    void hdf5(FuzzedDataProvider data) {
        byte[] bytes = data.pickValue(HDF5).clone();
        overwrite(bytes, data, false);
        if (data.consumeBoolean()) {
            bytes = java.util.Arrays.copyOf(bytes, data.consumeInt(0, bytes.length));
        }
        ReadHarness.check(bytes);
    }

    /**
     * Overwrites a few little-endian fields where the structure is: near the start (superblock, first headers)
     * and, for archives, near the end (end record, directory), or anywhere.
     */
    private static void overwrite(byte[] bytes, FuzzedDataProvider data, boolean tail) {
        int writes = data.consumeInt(1, 6);
        for (int i = 0; i < writes && bytes.length > 8; i++) {
            int width = data.pickValue(new int[] {1, 2, 4, 8});
            int region = data.consumeInt(0, 2);
            int at = switch (region) {
                case 0 -> data.consumeInt(0, Math.min(bytes.length, 512) - 1);
                case 1 -> tail ? Math.max(0, bytes.length - 1 - data.consumeInt(0, Math.min(bytes.length, 256) - 1))
                        : data.consumeInt(0, bytes.length - 1);
                default -> data.consumeInt(0, bytes.length - 1);
            };
            long value = data.consumeBoolean() ? data.consumeLong() : data.consumeLong(-2, bytes.length + 2L);
            for (int b = 0; b < width && at + b < bytes.length; b++) {
                bytes[at + b] = (byte) (value >>> (8 * b));
            }
        }
    }

    private static List<byte[]> files(String... folders) {
        List<byte[]> files = new ArrayList<>();
        for (String folder : folders) {
            try (Stream<Path> paths = Files.list(Path.of("src/test/resources").resolve(folder))) {
                for (Path file : paths.filter(p -> !p.toString().endsWith(".tsv")).sorted().toList()) {
                    files.add(Files.readAllBytes(file));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    @AfterAll
    static void report() {
        System.out.printf("netlint fuzz: %d executions, %d read, %d refused with a read error%n",
                ReadHarness.EXECUTIONS.get(), ReadHarness.READ.get(), ReadHarness.REFUSED.get());
        Path stats = Path.of("target", "fuzz-executions.txt");
        try {
            Files.createDirectories(stats.getParent());
            Files.writeString(stats, ReadHarness.EXECUTIONS.get() + " " + ReadHarness.READ.get() + " "
                            + ReadHarness.REFUSED.get() + "\n", StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<JsonNode> seeds(String... folders) {
        List<JsonNode> seeds = new ArrayList<>();
        for (String folder : folders) {
            try (Stream<Path> files = Files.list(FIXTURES.resolve(folder))) {
                // Large zoo configurations slow every execution down without reaching new code.
                for (Path file : files.filter(f -> f.toString().endsWith(".json") && f.toFile().length() < 40_000)
                        .sorted().toList()) {
                    seeds.add(JSON.readTree(file.toFile()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return seeds;
    }

    private static byte[] bytes(JsonNode node) {
        return node.toString().getBytes(StandardCharsets.UTF_8);
    }
}
