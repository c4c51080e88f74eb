package dev.netlint.read;

import dev.netlint.model.Network;
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
        // The YOLO heads serialise their anchor boxes as ND4J arrays, which are taken out of the tree first.
        assertThat(tree).containsExactlyInAnyOrder("TinyYOLO.json", "YOLO2.json");
        assertThat(scanned).hasSize(14).contains("VGG16.json", "ResNet50.json", "InceptionResNetV1.json");

        String layer = "{\"@class\": \"org.deeplearning4j.nn.conf.layers.DenseLayer\", \"nout\": 2}";
        assertThat(checked("{\"backpropType\": \"Standard\", \"confs\": [{\"layer\": " + layer + "}]}"))
                .contains(Dl4jReader.Kind.MULTI_LAYER);
        for (String needsTree : List.of(
                "{\"backpropType\": \"Standard\", \"confs\": [{\"layer\": {\"@class\": \"com.acme.MyLayer\"}}]}",
                "{\"backpropType\": \"Standard\", \"confs\": [{\"layer\": {\"dense\": {\"nout\": 2}}}]}",
                "{\"backpropType\": \"Standard\", \"confs\": [{\"layer\": " + layer + ", \"x\": {\"@class\": 7}}]}",
                "{\"backpropType\": \"Standard\", \"confs\": [{\"layer\": " + layer + ", \"w\": "
                        + "{\"dataType\": \"FLOAT\", \"shape\": [1], \"data\": [1.0]}}]}",
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
