package dev.netlint.corpus;

import dev.netlint.Fixtures;
import dev.netlint.engine.LintResult;
import dev.netlint.model.Finding;
import dev.netlint.model.Layer;
import dev.netlint.model.LayerKind;
import dev.netlint.model.Network;
import dev.netlint.read.ModelFileReader;
import dev.netlint.read.ReadOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forms real DL4J files hold that DL4J 1.0.0-M2.1 itself, or netlint's allow-list, refused: a pre-1.0 graph layer's
 * {@code "dropOut": 0.0} (no dropout), and the preprocessors DL4J's Keras import writes. Each is a real file with the
 * one member set as those files have it.
 */
class OldDl4jFormsTest {

    @TempDir
    Path dir;

    @Test
    void aPre10GraphLayerWithDropOutZeroReadsAsNoDropout() throws Exception {
        Path real = SharedCorpus.files("dl4j").stream()
                .filter(p -> p.getFileName().toString().contains("080_080_ModelSerializer_Regression_CG_LSTM_1"))
                .findFirst().orElseThrow();
        String json = Files.readString(real);
        assertThat(json).contains("\"dropOut\" : 0.6");
        Path file = Files.writeString(dir.resolve("cg-lstm-no-dropout.json"),
                json.replace("\"dropOut\" : 0.6", "\"dropOut\" : 0.0"));
        LintResult result = Fixtures.lint(file);
        assertThat(Fixtures.findings(result, "NL000")).isEmpty();
        Network network = ((ReadOutcome.Models) new ModelFileReader().read(file)).networks().get(0);
        assertThat(network.layers()).filteredOn(Layer::hasWeights).isNotEmpty()
                .allSatisfy(layer -> assertThat(layer.dropout()).as(layer.name()).isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ReshapePreprocessor", "KerasFlattenRnnPreprocessor",
            "TensorFlowCnnToFeedForwardPreProcessor"})
    void kerasImportPreprocessorsAreReshapesBetweenLayers(String simpleName) throws Exception {
        String json = Files.readString(Fixtures.dl4j("ok-cnn-strict-stride.json"));
        String dl4j = "org.deeplearning4j.nn.conf.preprocessor.CnnToFeedForwardPreProcessor";
        assertThat(json).contains(dl4j);
        Path file = Files.writeString(dir.resolve("imported.json"), json.replace(dl4j,
                "org.deeplearning4j.nn.modelimport.keras.preprocessors." + simpleName));
        LintResult result = Fixtures.lint(file);
        assertThat(result.findings()).extracting(Finding::ruleId).doesNotContain("NL000", "NL002", "NL005");
        Network network = ((ReadOutcome.Models) new ModelFileReader().read(file)).networks().get(0);
        assertThat(network.layer("output/" + simpleName)).hasValueSatisfying(layer -> {
            assertThat(layer.kind()).isEqualTo(LayerKind.RESHAPE);
            assertThat(layer.inputs()).containsExactly("conv");
        });
        assertThat(network.layer("output").orElseThrow().inputs()).containsExactly("output/" + simpleName);
    }

    @Test
    void aProjectsOwnPreprocessorIsAnOpaqueStepWithItsNote() throws Exception {
        String json = Files.readString(Fixtures.dl4j("ok-cnn-strict-stride.json"));
        Path file = Files.writeString(dir.resolve("custom.json"), json.replace(
                "org.deeplearning4j.nn.conf.preprocessor.CnnToFeedForwardPreProcessor", "com.example.MyFlatten"));
        List<Finding> notes = Fixtures.findings(Fixtures.lint(file), "NL005");
        assertThat(notes).singleElement().satisfies(note -> {
            assertThat(note.problem()).startsWith("input preprocessor class 'com.example.MyFlatten'")
                    .contains("(inputPreProcessors/1 of 'output')");
            assertThat(note.cost()).contains("shape checks");
        });
    }
}
