package dev.netlint.read.keras;

import dev.netlint.Fixtures;
import dev.netlint.model.Finding;
import dev.netlint.model.Layer;
import dev.netlint.model.LayerKind;
import dev.netlint.model.LossKind;
import dev.netlint.model.Network;
import dev.netlint.model.OptimizerKind;
import dev.netlint.model.WeightInit;
import dev.netlint.read.FileFindings;
import dev.netlint.read.ModelFileReader;
import dev.netlint.read.ReadOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

class KerasReaderTest {

    private final ModelFileReader reader = new ModelFileReader();

    private Network read(Path file) throws Exception {
        return ((ReadOutcome.Models) reader.read(file)).networks().get(0);
    }

    @Test
    void tfjsModelJsonCarriesLossOptimizerAndMetrics() throws Exception {
        Network network = read(Fixtures.keras("seedA-bad.model.json"));
        assertThat(network.format()).startsWith("TensorFlow.js layers model (tfjs-layers 4.22.0)");
        Layer output = network.layer("output").orElseThrow();
        assertThat(output.kind()).isEqualTo(LayerKind.OUTPUT);
        assertThat(output.loss().orElseThrow().kind()).isEqualTo(LossKind.MCXENT);
        assertThat(network.training().orElseThrow().metrics()).containsExactly("accuracy");
        assertThat(network.training().orElseThrow().optimizer().orElseThrow().kind()).isEqualTo(OptimizerKind.ADAPTIVE);
        assertThat(network.training().orElseThrow().optimizer().orElseThrow().learningRate().getAsDouble())
                .isCloseTo(1e-3, offset(1e-12));
        assertThat(network.facts().lossesKnown()).isTrue();
    }

    @Test
    void architectureOnlyJsonSaysSoOnce() throws Exception {
        ReadOutcome.Models models = (ReadOutcome.Models) reader.read(Fixtures.keras("seedA-bad.keras.json"));
        assertThat(FileFindings.of(models)).extracting(Finding::ruleId).containsExactly("NL003");
        assertThat(models.networks().get(0).facts().lossesKnown()).isFalse();
        assertThat(models.networks().get(0).layer("output").orElseThrow().loss()).isEmpty();
    }

    @Test
    void shapesGiveTheFlattenToDenseFanIn() throws Exception {
        // 32x32x3 -conv5-> 28x28x6 -pool-> 14x14x6 -conv5-> 10x10x16 -pool-> 5x5x16 = 400 inputs to dense1.
        Network network = read(Fixtures.keras("seedB-bad.model.json"));
        Layer dense1 = network.layer("dense1").orElseThrow();
        assertThat(dense1.fanIn()).hasValue(400);
        assertThat(dense1.fanOut()).hasValue(128);
        assertThat(network.layer("conv2").orElseThrow().fanIn()).hasValue(6 * 25);
        assertThat(dense1.weightInit().orElseThrow().scheme()).isEqualTo(WeightInit.Scheme.FIXED_DISTRIBUTION);
        assertThat(dense1.l2()).hasValue(0.01);
        assertThat(network.layer("drop1").orElseThrow().dropout().orElseThrow().dropProbability()).isEqualTo(0.2);
    }

    @Test
    void sharedNestedModelIsInlinedAndWiredToBothCallers() throws Exception {
        Network network = read(Fixtures.keras("seedD-bad.model.json"));
        assertThat(network.layer("tower/emb1").orElseThrow().fanIn()).hasValue(64);
        assertThat(network.layer("tower/tower_input").orElseThrow().inputs()).containsExactly("left", "right");
        assertThat(network.layer("diff").orElseThrow().inputs()).containsExactly("tower/emb2");
        assertThat(network.outputNames()).containsExactly("head");
    }

    @Test
    void separateActivationLayerIsWhatReachesTheLoss() throws Exception {
        Network network = read(Fixtures.keras("separate-activation-ok.model.json"));
        dev.netlint.model.Head head = dev.netlint.model.Head.of(network).get(0);
        assertThat(head.layer().name()).isEqualTo("output_softmax");
        assertThat(head.activation()).contains(dev.netlint.model.ActivationKind.SOFTMAX);
        assertThat(head.units()).hasValue(3);
    }

    @Test
    void customJsLossIsKeptAsAnUnknownLoss() throws Exception {
        Network network = read(Fixtures.keras("seedD-custom-loss.model.json"));
        assertThat(network.layer("head").orElseThrow().loss().orElseThrow().kind()).isEqualTo(LossKind.OTHER);
    }

    @Test
    void keras3ArchiveIsReadFromItsConfigEntry(@TempDir Path dir) throws Exception {
        Path config = Fixtures.keras("seedA-bad.keras.json");
        Path archive = dir.resolve("model.keras");
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(archive))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("metadata.json"));
            zip.write("{\"keras_version\": \"3.0.0\"}".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new java.util.zip.ZipEntry("config.json"));
            zip.write(Files.readAllBytes(config));
            zip.putNextEntry(new java.util.zip.ZipEntry("model.weights.h5"));
            zip.write(new byte[] {1, 2, 3});
        }
        ReadOutcome.Models models = (ReadOutcome.Models) reader.read(archive);
        assertThat(models.entry()).isEqualTo("config.json");
        assertThat(models.networks().get(0).layer("output").orElseThrow().units()).hasValue(2);
    }

    @Test
    void doubleEncodedModelJsonIsDecodedOnce(@TempDir Path dir) throws Exception {
        String json = Files.readString(Fixtures.keras("seedA-bad.keras.json"));
        Path file = dir.resolve("wrapped.json");
        Files.writeString(file, new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(json));
        Network network = read(file);
        assertThat(network.layer("output").orElseThrow().units()).hasValue(2);
    }

    @Test
    void tfjsFilesWithoutLayersAreNoModels(@TempDir Path dir) throws Exception {
        Path weightsOnly = dir.resolve("weights.json");
        Files.writeString(weightsOnly, "{\"modelTopology\": null, \"weightsManifest\": []}");
        assertThat(reader.read(weightsOnly)).isInstanceOf(ReadOutcome.NotAModel.class);
        Path graph = dir.resolve("graph.json");
        Files.writeString(graph, "{\"format\": \"graph-model\", \"modelTopology\": {\"node\": []}}");
        assertThat(((ReadOutcome.NotAModel) reader.read(graph)).reason()).contains("graph model");
    }

    @Test
    void keras1AndKeras2LearningRateNamesAreAllRead() {
        for (String field : List.of("lr", "learning_rate", "learningRate")) {
            com.fasterxml.jackson.databind.node.ObjectNode config = com.fasterxml.jackson.databind.node.JsonNodeFactory
                    .instance.objectNode();
            config.put("loss", "mse");
            config.putObject("optimizer_config").put("class_name", "Adam").putObject("config").put(field, 0.5);
            assertThat(KerasTraining.parse(config).training().optimizer().orElseThrow().learningRate().getAsDouble())
                    .as(field).isEqualTo(0.5);
        }
    }
}
