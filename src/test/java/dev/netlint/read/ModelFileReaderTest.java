package dev.netlint.read;

import dev.netlint.Fixtures;
import dev.netlint.model.Finding;
import dev.netlint.model.Layer;
import dev.netlint.model.LayerKind;
import dev.netlint.model.Network;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModelFileReaderTest {

    private final ModelFileReader reader = new ModelFileReader();

    @Test
    void bytesInAnEncodingJacksonRefusesAreOneLineSayingWhatWasExpected() {
        // Found by fuzzing: a UCS-4 byte order Jackson detects but does not support.
        byte[] ucs4 = {0, 0, 0x24, 0, 8};
        assertThatThrownBy(() -> reader.read(ucs4))
                .isInstanceOf(ReadException.class)
                .hasMessageContaining("UCS-4")
                .hasMessageContaining("expected one JSON document in UTF-8");
    }

    @Test
    void multiLayerConfigurationIsSniffedAndMappedWithPositions() throws Exception {
        ReadOutcome.Models models = (ReadOutcome.Models) reader.read(Fixtures.dl4j("bad-seedA-two-sigmoid-mcxent.json"));
        Network network = models.networks().get(0);
        assertThat(network.format()).isEqualTo("DL4J MultiLayerConfiguration");
        // DL4J's CNN-to-dense preprocessor is the Flatten step it is, named after the layer it feeds.
        assertThat(network.layers()).extracting(Layer::name).containsExactly("conv1", "pool1",
                "dense1/CnnToFeedForwardPreProcessor", "dense1", "output");
        assertThat(network.layer("dense1").orElseThrow().params()).hasValue(15488L * 16 + 16);
        Layer output = network.layer("output").orElseThrow();
        assertThat(output.kind()).isEqualTo(LayerKind.OUTPUT);
        assertThat(output.units()).hasValue(2);
        assertThat(output.location().pointer()).isEqualTo("/confs/3/layer");
        assertThat(output.location().line()).isEqualTo(144);
        assertThat(network.facts().inputNormalizerSaved()).isEmpty();
        // The convolution's fan-in is nIn times the kernel area, as DL4J's initialiser computes it.
        assertThat(network.layer("conv1").orElseThrow().fanIn()).hasValue(9);
    }

    @Test
    void graphLayersAreOrderedSoEveryLayerFollowsItsInputs() throws Exception {
        ReadOutcome.Models models = (ReadOutcome.Models) reader.read(Fixtures.dl4j("ok-graph-two-heads.json"));
        Network network = models.networks().get(0);
        assertThat(network.format()).isEqualTo("DL4J ComputationGraphConfiguration");
        assertThat(network.outputNames()).containsExactly("label", "score");
        assertThat(network.facts().frameworkOutputValidationDisabled()).isFalse();
        Network unvalidated = ((ReadOutcome.Models) reader.read(Fixtures.dl4j("bad-softmax-one-unit-graph.json")))
                .networks().get(0);
        assertThat(unvalidated.facts().frameworkOutputValidationDisabled()).isTrue();
        for (int i = 0; i < network.layers().size(); i++) {
            Layer layer = network.layers().get(i);
            for (String input : layer.inputs()) {
                assertThat(network.layers().subList(0, i)).extracting(Layer::name).contains(input);
            }
        }
    }

    @Test
    void modelSerializerZipIsReadFromItsConfigurationEntryAndNotesTheNormalizer() throws Exception {
        ReadOutcome.Models bare = (ReadOutcome.Models) reader.read(Fixtures.dl4j("bad-seedA-two-sigmoid-mcxent.zip"));
        assertThat(bare.entry()).isEqualTo("configuration.json");
        assertThat(bare.networks().get(0).facts().inputNormalizerSaved()).contains(false);
        ReadOutcome.Models normalized = (ReadOutcome.Models) reader.read(Fixtures.dl4j("ok-seedA-with-normalizer.zip"));
        assertThat(normalized.networks().get(0).facts().inputNormalizerSaved()).contains(true);
    }

    @Test
    void denseNetworkShapesComeFromDl4jsOwnInputTypeInference() throws Exception {
        Network network = ((ReadOutcome.Models) reader.read(Fixtures.dl4j("ok-relu-hidden.json"))).networks().get(0);
        assertThat(network.layer("dense1").orElseThrow().shape()).contains(java.util.List.of(256L));
        assertThat(network.layer("output").orElseThrow().shape()).contains(java.util.List.of(10L));
        // InputType.convolutional(90, 90, 1) is not in the JSON; the 44 x 44 x 8 map DL4J wrote into the flattening
        // preprocessor is, and 90 or 91 rows give it (3 x 3 convolution, 2 x 2 pooling with stride 2): the
        // convolution's height and width are unknown, everything from the pooling on is known.
        Network cnn = ((ReadOutcome.Models) reader.read(Fixtures.dl4j("ok-seedA-softmax-mcxent.json"))).networks()
                .get(0);
        assertThat(cnn.layer("conv1").orElseThrow().shape()).contains(java.util.List.of(8L, -1L, -1L));
        assertThat(cnn.layer("pool1").orElseThrow().shape()).contains(java.util.List.of(8L, 44L, 44L));
        assertThat(cnn.layer("dense1").orElseThrow().shape()).contains(java.util.List.of(16L));
        // SubsamplingLayerTest's network (20 x 23 input, 3 x 3 convolution, an 18 x 1 pooling window): one input fits
        Network exact = ((ReadOutcome.Models) reader.read(Fixtures.dl4j("parity/sub-kernel-fits.json"))).networks()
                .get(0);
        assertThat(exact.layer("layer0").orElseThrow().shape()).contains(java.util.List.of(2L, 18L, 21L));
        assertThat(exact.layer("layer1").orElseThrow().shape()).contains(java.util.List.of(2L, 1L, 21L));
    }

    @Test
    void dropoutIsStoredAsTheDropProbability() throws Exception {
        Network network = ((ReadOutcome.Models) reader.read(Fixtures.dl4j("bad-dropout-retain-02.json"))).networks().get(0);
        assertThat(network.layer("dense1").orElseThrow().dropout().orElseThrow().dropProbability())
                .isCloseTo(0.8, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void lossWeightArraysAreReadWithoutAnNd4jBackend() throws Exception {
        Network network = ((ReadOutcome.Models) reader.read(Fixtures.dl4j("bad-loss-weights-length.json")))
                .networks().get(0);
        assertThat(network.layer("output").orElseThrow().loss().orElseThrow().weightsLength()).hasValue(3);
    }

    @Test
    void yoloPriorsAreReadWithoutAnNd4jBackend() throws Exception {
        ReadOutcome outcome = reader.read(Fixtures.ZOO.resolve("YOLO2.json"));
        assertThat(outcome).isInstanceOf(ReadOutcome.Models.class);
    }

    @Test
    void classOutsideTheAllowListIsRefusedWithItsPosition(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        String json = Files.readString(Fixtures.dl4j("ok-relu-init.json"));
        String gadget = json.replaceFirst("org\\.nd4j\\.linalg\\.activations\\.impl\\.ActivationReLU",
                "com.sun.rowset.JdbcRowSetImpl");
        Path file = dir.resolve("gadget.json");
        Files.writeString(file, gadget);
        int expectedLine = lineOf(gadget, "com.sun.rowset.JdbcRowSetImpl");
        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(ReadException.class)
                .hasMessageContaining("com.sun.rowset.JdbcRowSetImpl")
                .hasMessageContaining("not a DL4J/ND4J configuration class")
                .satisfies(e -> assertThat(((ReadException) e).location().line()).isEqualTo(expectedLine));
    }

    @Test
    void customLayerClassBecomesAnOpaqueLayerAndTheRestIsStillRead(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        String json = Files.readString(Fixtures.dl4j("ok-relu-hidden.json"));
        String custom = json.replaceFirst("org\\.deeplearning4j\\.nn\\.conf\\.layers\\.DenseLayer",
                "org.deeplearning4j.nn.conf.layers.AcmeCustomLayer");
        Path file = dir.resolve("custom.json");
        Files.writeString(file, custom);
        ReadOutcome.Models models = (ReadOutcome.Models) reader.read(file);
        Network network = models.networks().get(0);
        assertThat(network.layers().get(0).kind()).isEqualTo(LayerKind.OPAQUE);
        assertThat(network.layers().get(0).type()).isEqualTo("org.deeplearning4j.nn.conf.layers.AcmeCustomLayer");
        assertThat(network.layers()).hasSize(6);
        assertThat(FileFindings.of(models)).extracting(Finding::ruleId).containsExactly("NL002");
    }

    @Test
    void secondJsonValueAfterTheConfigurationIsNoted(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        String json = Files.readString(Fixtures.dl4j("ok-relu-init.json"));
        Path file = dir.resolve("twice.json");
        Files.writeString(file, json + "\n" + json);
        ReadOutcome.Models models = (ReadOutcome.Models) reader.read(file);
        assertThat(FileFindings.of(models)).extracting(Finding::ruleId).containsExactly("NL001");
        assertThat(FileFindings.of(models).get(0).location().line()).isEqualTo(json.split("\n", -1).length + 1);
    }

    @Test
    void malformedJsonNamesLineAndColumn(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\n  \"confs\" : [\n    { \"layer\" : }\n  ]\n}\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(ReadException.class)
                .hasMessageStartingWith("malformed JSON")
                .satisfies(e -> assertThat(((ReadException) e).location().line()).isEqualTo(3));
    }

    @Test
    void jsonThatIsNoModelIsReportedAsSuch(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path file = dir.resolve("labels.json");
        Files.writeString(file, "{\"0\": \"cat\", \"1\": \"dog\"}");
        assertThat(reader.read(file)).isInstanceOf(ReadOutcome.NotAModel.class);
    }

    private static int lineOf(String text, String needle) {
        return text.substring(0, text.indexOf(needle)).split("\n", -1).length;
    }
}
