package dev.netlint.read;

import dev.netlint.fixtures.HostileArchiveGenerator;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * netlint reads what DL4J and Keras would load, or refuses: every archive of the differential corpus, built so that
 * DL4J's loader and the central-directory readers see different models, is unreadable (NL000) with a message naming
 * the disagreement; the corpus is what its generator writes, and each file really does split the readers.
 */
class ArchiveDifferentialTest {

    private static final Path CORPUS = Path.of("src/test/resources/badinput/archives");

    private record Row(String file, String named, String how) {
    }

    private static List<Row> manifest() throws IOException {
        List<Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(CORPUS.resolve("MANIFEST.tsv"))) {
            if (!line.startsWith("#")) {
                String[] cells = line.split("\t");
                rows.add(new Row(cells[0], cells[2], cells[3]));
            }
        }
        return rows;
    }

    @Test
    void everyDisagreeingArchiveIsRefusedNamingTheDisagreement() throws IOException {
        ModelFileReader reader = new ModelFileReader();
        List<Row> rows = manifest();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(10);
        for (Row row : rows) {
            assertThatThrownBy(() -> reader.read(CORPUS.resolve(row.file())))
                    .as(row.file() + " (" + row.how() + ")")
                    .isInstanceOf(ReadException.class)
                    .hasMessageContaining("zip archive that loaders read differently")
                    .hasMessageContaining(row.named())
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        }
    }

    /**
     * Archives on which the two Java readers agree: there the disagreement is with the end record's offset field
     * (which netlint followed before, and a forward-searching tool follows), with Python's zipfile (it takes the
     * method from the directory and fails the checksum), or with tools that list the first of a repeated name.
     */
    private static final java.util.Set<String> JAVA_READERS_AGREE = java.util.Set.of("dl4j-comment-short-of-end.zip",
            "dl4j-gap-before-directory.zip", "keras-repeated-config.keras", "dl4j-method-differs.zip",
            "dl4j-directory-offset-points-at-decoy.zip", "keras-lambda-only-python-sees.keras",
            "dl4j-two-end-records.zip");

    /** Each file is a real reproducer: DL4J's loader (last entry of a name wins) and ZipFile see different things. */
    @Test
    void everyArchiveSplitsTheJavaReadersUnlessListedWhyNot() throws IOException {
        for (Row row : manifest()) {
            byte[] bytes = Files.readAllBytes(CORPUS.resolve(row.file()));
            String local = localView(bytes);
            String central = centralView(CORPUS.resolve(row.file()));
            assertThat(local.equals(central)).as(row.file() + ": DL4J's view " + local + ", ZipFile's " + central)
                    .isEqualTo(JAVA_READERS_AGREE.contains(row.file()));
        }
    }

    @Test
    void theCommittedCorpusIsWhatTheGeneratorWrites() throws IOException {
        List<HostileArchiveGenerator.Case> cases = HostileArchiveGenerator.generate();
        List<Row> rows = manifest();
        assertThat(rows).extracting(Row::file).containsExactlyElementsOf(cases.stream()
                .map(HostileArchiveGenerator.Case::path).toList());
        for (HostileArchiveGenerator.Case c : cases) {
            assertThat(Files.readAllBytes(CORPUS.resolve(c.path()))).as(c.path()).isEqualTo(c.bytes());
        }
    }

    @Test
    void honestArchivesStillRead() throws Exception {
        ModelFileReader reader = new ModelFileReader();
        for (String fixture : List.of("src/test/resources/fixtures/dl4j/bad-seedA-two-sigmoid-mcxent.zip",
                "src/test/resources/fixtures/dl4j/ok-seedA-with-normalizer.zip",
                "src/test/resources/badinput/generated/zip/dl4j-honest.zip",
                "src/test/resources/badinput/generated/zip/keras-honest.keras",
                "src/test/resources/badinput/generated/zip/dl4j-stored.zip")) {
            assertThat(reader.read(Path.of(fixture))).as(fixture).isInstanceOf(ReadOutcome.Models.class);
        }
    }

    /** What ModelSerializer ends up with: the configuration entry, the last of its name in file order. */
    private static String localView(byte[] bytes) {
        Map<String, byte[]> byName = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byName.put(e.getName(), in.readAllBytes());
            }
        } catch (IOException | RuntimeException e) {
            return "fails (" + e.getClass().getSimpleName() + ")";
        }
        return describe(byName.getOrDefault("configuration.json", byName.get("config.json")));
    }

    private static String centralView(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.getEntry("configuration.json");
            entry = entry != null ? entry : zip.getEntry("config.json");
            return entry == null ? describe(null) : describe(zip.getInputStream(entry).readAllBytes());
        } catch (IOException | RuntimeException e) {
            return "fails (" + e.getClass().getSimpleName() + ")";
        }
    }

    private static String describe(byte[] config) {
        if (config == null) {
            return "no configuration";
        }
        String text = new String(config, java.nio.charset.StandardCharsets.UTF_8);
        return text.contains("JdbcRowSetImpl") ? "a gadget class" : text.contains("\"Lambda\"") ? "a Lambda"
                : "a clean configuration";
    }
}
