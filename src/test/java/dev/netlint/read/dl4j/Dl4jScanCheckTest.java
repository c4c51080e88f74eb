package dev.netlint.read.dl4j;

import dev.netlint.model.Network;
import dev.netlint.read.JsonDocument;
import dev.netlint.read.ModelFileReader;
import dev.netlint.read.ReadException;
import dev.netlint.read.ReadLimits;
import dev.netlint.read.ReadOutcome;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading a DL4J configuration without a tree, when a scan shows DL4J can take its text as it is, gives exactly what
 * the tree's way gives, on every configuration at hand (the bad-input corpus included); and the scan does accept
 * the ordinary files, so the faster way is the one they take.
 */
class Dl4jScanCheckTest {

    private static final ModelFileReader SCANNING = new ModelFileReader(ReadLimits.DEFAULTS,
            ClassAllowList.dl4jConfiguration(), true);
    private static final ModelFileReader TREE_ONLY = new ModelFileReader(ReadLimits.DEFAULTS,
            ClassAllowList.dl4jConfiguration(), false);

    /** Everything a read produced, as text. */
    private static String outcome(ModelFileReader reader, Path file) {
        try {
            ReadOutcome outcome = reader.read(file);
            if (outcome instanceof ReadOutcome.Models models) {
                StringBuilder text = new StringBuilder(models.format() + " " + models.entry() + " " + models.notes());
                for (Network network : models.networks()) {
                    text.append('\n').append(network.format()).append(' ').append(network.location())
                            .append(' ').append(network.layers()).append(' ').append(network.outputNames())
                            .append(' ').append(network.facts()).append(' ').append(network.training());
                }
                return text.toString();
            }
            return outcome.toString();
        } catch (ReadException e) {
            return "refused " + e.location() + " " + e.getMessage();
        }
    }

    private static List<Path> files() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path dir : List.of(Path.of("src/test/resources/fixtures/dl4j"), Path.of("src/test/resources/fixtures/zoo"),
                Path.of("src/test/resources/badinput"),
                Path.of("").toAbsolutePath().getParent().resolve("shared/corpus/dl4j"))) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> walk = Files.walk(dir)) {
                    walk.filter(Files::isRegularFile).sorted().forEach(files::add);
                }
            }
        }
        return files;
    }

    @TestFactory
    Stream<DynamicTest> scanningReadsWhatTheTreeReads() throws IOException {
        List<Path> files = files();
        assertThat(files).hasSizeGreaterThan(1000);
        return files.stream().map(file -> DynamicTest.dynamicTest(file.toString(),
                () -> assertThat(outcome(SCANNING, file)).isEqualTo(outcome(TREE_ONLY, file))));
    }

    @Test
    void ordinaryConfigurationsTakeTheScanAndUnusualOnesTheTree() throws IOException {
        Dl4jScanCheck check = new Dl4jScanCheck(ClassAllowList.dl4jConfiguration());
        List<String> scanned = new ArrayList<>();
        List<String> tree = new ArrayList<>();
        try (Stream<Path> zoo = Files.list(Path.of("src/test/resources/fixtures/zoo"))) {
            for (Path file : zoo.sorted().toList()) {
                Optional<JsonDocument.Scan> scan = scan(Files.readAllBytes(file));
                (scan.flatMap(check::check).isPresent() ? scanned : tree).add(file.getFileName().toString());
            }
        }
        assertThat(tree).isEmpty();
        assertThat(scanned).hasSize(16).contains("VGG16.json", "ResNet50.json", "InceptionResNetV1.json");
        // The YOLO heads serialise their anchor boxes as ND4J arrays: found by the scan, to be replaced by null.
        JsonDocument.Scan yolo = scan(Files.readAllBytes(Path.of("src/test/resources/fixtures/zoo/YOLO2.json")))
                .orElseThrow();
        assertThat(yolo.arrays()).hasSize(1);
        assertThat(yolo.arrays().get(0).pointer()).endsWith("/boundingBoxes");
        assertThat(yolo.arrays().get(0).length()).isEqualTo(10);

        String layer = "{\"@class\": \"org.deeplearning4j.nn.conf.layers.DenseLayer\", \"nout\": 2}";
        assertThat(checked("{\"backpropType\": \"Standard\", \"confs\": [{\"layer\": " + layer + "}]}"))
                .contains(Dl4jReader.Kind.MULTI_LAYER);
        for (String needsTree : List.of(
                "{\"backpropType\": \"Standard\", \"confs\": [{\"layer\": {\"@class\": \"com.acme.MyLayer\"}}]}",
                "{\"backpropType\": \"Standard\", \"confs\": [{\"layer\": {\"dense\": {\"nout\": 2}}}]}",
                "{\"backpropType\": \"Standard\", \"confs\": [{\"layer\": " + layer + ", \"x\": {\"@class\": 7}}]}",
                "{\"backpropType\": \"Standard\", \"confs\": [{\"layer\": " + layer + ", \"w\": "
                        + "{\"dataType\": \"FLOAT\", \"shape\": [1.5], \"data\": [1.0]}}]}",
                "{\"backpropType\": \"Standard\", \"confs\": [{\"layer\": " + layer + ", \"w\": "
                        + "[{\"dataType\": \"FLOAT\", \"shape\": [1], \"data\": [1.0]}]}]}",
                "{\"backpropType\": \"Standard\", \"confs\": [{\"layer\": " + layer + ", \"dist\": "
                        + "{\"type\": \"com.sun.rowset.JdbcRowSetImpl\"}}]}",
                "{\"backpropType\": \"Standard\", \"confs\": [{\"layer\": " + layer + ", \"lr\": NaN}]}",
                "{\"backpropType\": \"Standard\", \"vertices\": {\"a\": {\"LayerVertex\": {}}}, "
                        + "\"networkInputs\": [\"in\"]}")) {
            assertThat(checked(needsTree)).as(needsTree).isEmpty();
        }
        assertThat(scan("{\"class_name\": \"Sequential\", \"config\": {}}".getBytes(StandardCharsets.UTF_8)))
                .as("a Keras file: the scan stops at its first member").isEmpty();
        assertThat(scan("[1, 2]".getBytes(StandardCharsets.UTF_8))).isEmpty();
        String weights = "{\"backpropType\": \"Standard\", \"confs\": [{\"layer\": " + layer + ", \"w\": "
                + "{\"dataType\": \"FLOAT\", \"shape\": [2, 3], \"data\": [1, 2, 3, 4, 5, 6]}}]}";
        assertThat(checked(weights)).as("an ND4J array is replaced, not a reason for the tree")
                .contains(Dl4jReader.Kind.MULTI_LAYER);
        JsonDocument.ArraySpan array = scan(weights.getBytes(StandardCharsets.UTF_8)).orElseThrow().arrays().get(0);
        assertThat(array.pointer()).isEqualTo("/confs/0/w");
        assertThat(array.length()).isEqualTo(6);
        assertThat(weights.substring(array.start(), array.end())).startsWith("{\"dataType\"").endsWith("]}");
    }

    /** Offsets are bytes: text of several bytes a character before an array must not shift the replacement. */
    @Test
    void arraysAfterMultiByteTextAreReplacedWhereTheyAre(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        String yolo = Files.readString(Path.of("src/test/resources/fixtures/zoo/YOLO2.json"), StandardCharsets.UTF_8);
        String named = yolo.replaceFirst("\"layerName\" : \"([^\"]*)\"", "\"layerName\" : \"$1 – ééé ✓\"");
        assertThat(named).isNotEqualTo(yolo);
        Path file = Files.writeString(dir.resolve("yolo-named.json"), named, StandardCharsets.UTF_8);
        assertThat(scan(Files.readAllBytes(file)).flatMap(new Dl4jScanCheck(ClassAllowList.dl4jConfiguration())::check))
                .isPresent();
        byte[] bytes = Files.readAllBytes(file);
        JsonDocument.ArraySpan array = scan(bytes).orElseThrow().arrays().get(0);
        String framed = new String(bytes, array.start(), array.end() - array.start(), StandardCharsets.UTF_8);
        assertThat(framed).startsWith("{").endsWith("}").contains("\"shape\" : [ 5, 2 ]");
        String scanned = outcome(SCANNING, file);
        assertThat(scanned).doesNotStartWith("refused");
        assertThat(scanned).isEqualTo(outcome(TREE_ONLY, file));
    }

    private static Optional<Dl4jReader.Kind> checked(String json) throws IOException {
        return scan(json.getBytes(StandardCharsets.UTF_8))
                .flatMap(new Dl4jScanCheck(ClassAllowList.dl4jConfiguration())::check);
    }

    private static Optional<JsonDocument.Scan> scan(byte[] bytes) throws IOException {
        return JsonDocument.scanWatched(com.fasterxml.jackson.core.JsonFactory.builder()
                        .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build(),
                bytes, Dl4jReader.WATCHED, Dl4jScanCheck.FIRST_MEMBERS);
    }
}
