package dev.netlint.read.dl4j;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.netlint.read.JsonDocument;
import dev.netlint.read.ReadException;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Preparing from the objects parsing marked gives exactly what walking the whole tree gives: the same tree, the same
 * stand-ins and removed arrays, the same refusal, on every DL4J configuration at hand.
 */
class Dl4jTreePreparerTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** What one way of preparing produced. */
    private record Prepared(ObjectNode tree, Object opaque, Object arrays, String refusal) {
    }

    private static Prepared prepare(byte[] bytes, boolean fromMarks) throws IOException {
        JsonDocument document = JsonDocument.parse(MAPPER.getFactory(), bytes, Dl4jTreePreparer.WATCHED);
        ObjectNode root = (ObjectNode) document.root();
        Dl4jTreePreparer preparer = new Dl4jTreePreparer(ClassAllowList.dl4jConfiguration(), document.locations());
        try {
            preparer.prepare(root, fromMarks ? document.marked() : null);
            return new Prepared(root, preparer.opaqueClasses(), preparer.arrayLengths(), null);
        } catch (ReadException e) {
            return new Prepared(null, null, null, e.location() + " " + e.getMessage());
        }
    }

    private static List<Path> configurations() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path dir : List.of(Path.of("src/test/resources/fixtures/dl4j"), Path.of("src/test/resources/fixtures/zoo"),
                Path.of("").toAbsolutePath().getParent().resolve("shared/corpus/dl4j"))) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> list = Files.list(dir)) {
                    list.filter(f -> f.toString().endsWith(".json")).sorted().forEach(files::add);
                }
            }
        }
        return files;
    }

    @TestFactory
    Stream<DynamicTest> marksGiveWhatTheWalkGives() throws IOException {
        List<Path> files = configurations();
        assertThat(files).hasSizeGreaterThan(60);
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            byte[] bytes = Files.readAllBytes(file);
            if (!(MAPPER.readTree(bytes) instanceof ObjectNode root) || Dl4jReader.sniff(root).isEmpty()) {
                return;
            }
            assertThat(prepare(bytes, true)).isEqualTo(prepare(bytes, false));
        }));
    }

    @Test
    void customLayersArraysAndGadgetsAreHandledAlike() throws IOException {
        String layer = "{\"@class\": \"org.deeplearning4j.nn.conf.layers.OutputLayer\", \"nout\": 2, "
                + "\"lossFn\": {\"@class\": \"org.nd4j.linalg.lossfunctions.impl.LossMCXENT\", "
                + "\"weights\": {\"dataType\": \"FLOAT\", \"shape\": [2], \"data\": [1.0, 2.0]}}}";
        String custom = "{\"@class\": \"com.acme.MyLayer\", \"nout\": 4, "
                + "\"activationFn\": {\"@class\": \"org.nd4j.linalg.activations.impl.ActivationReLU\"}, "
                + "\"kernel\": {\"dataType\": \"FLOAT\", \"shape\": [1, 2], \"data\": [1.0, 2.0]}}";
        String outerAfterInner = "{\"x\": {\"@class\": \"java.lang.Thread\"}, \"@class\": \"java.lang.Runtime\"}";
        String nested = "{\"inner\": {\"@class\": \"java.lang.Runtime\"}, \"shape\": [3], \"data\": [1, 2, 3]}";
        for (String json : List.of(
                "{\"confs\": [{\"layer\": " + custom + "}, {\"layer\": " + layer + "}]}",
                "{\"confs\": [{\"layer\": " + layer + ", \"array\": " + nested + "}]}",
                "{\"confs\": [{\"layer\": " + layer + ", \"extra\": " + outerAfterInner + "}]}",
                "{\"confs\": [{\"layer\": " + layer + "}], \"extra\": [" + nested + "]}")) {
            byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
            Prepared walked = prepare(bytes, false);
            assertThat(prepare(bytes, true)).as(json).isEqualTo(walked);
        }
        Prepared withCustom = prepare(("{\"confs\": [{\"layer\": " + custom + "}, {\"layer\": " + layer + "}]}")
                .getBytes(StandardCharsets.UTF_8), true);
        assertThat(withCustom.opaque().toString()).contains("/confs/0/layer=com.acme.MyLayer");
        assertThat(withCustom.arrays().toString()).contains("/confs/1/layer/lossFn/weights=2")
                .contains("/confs/0/layer/kernel=2");
        assertThat(prepare(("{\"confs\": [{\"layer\": " + layer + ", \"array\": " + nested + "}]}")
                .getBytes(StandardCharsets.UTF_8), true).refusal()).as("a removed array's insides are not checked")
                .isNull();
        assertThat(prepare(("{\"confs\": [], \"extra\": [" + nested + "]}").getBytes(StandardCharsets.UTF_8), true)
                .refusal()).as("an array element is not removed, so its classes are checked").contains("java.lang.Runtime");
        assertThat(prepare(("{\"confs\": [{\"layer\": " + layer + ", \"extra\": " + outerAfterInner + "}]}")
                .getBytes(StandardCharsets.UTF_8), true).refusal()).as("an object's own class before its members'")
                .contains("/confs/0/extra/@class").contains("java.lang.Runtime");
    }
}
