package dev.netlint.read;

import dev.netlint.model.Finding;
import dev.netlint.read.toy.ToyFormatReader;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CONTRIBUTING.md's recipe for a new format, followed once: the test-only {@link ToyFormatReader} (one package, one
 * class) and one registration make netlint read toy files, name them wherever formats are listed, and apply the
 * file rules to what the toy reader records; nothing else is touched.
 */
class FormatRecipeTest {

    private final FormatRegistry registry = FormatRegistry.REGISTERED.with(ToyFormatReader::new);
    private final ModelFileReader reader = new ModelFileReader(ReadLimits.DEFAULTS,
            registry.create(ReadSettings.DEFAULTS));

    @Test
    void oneRegistrationMakesTheFormatRead() throws Exception {
        byte[] toy = "{\"toyLayers\": [{\"name\": \"hidden\"},\n {\"name\": \"out\"}]}".getBytes(StandardCharsets.UTF_8);

        ReadOutcome.Models models = (ReadOutcome.Models) reader.read(toy);

        assertThat(models.format()).isEqualTo("toy model");
        assertThat(models.networks().get(0).layers()).extracting(layer -> layer.name())
                .containsExactly("hidden", "out");
        assertThat(models.networks().get(0).layer("out").orElseThrow().location().line()).isEqualTo(2);
    }

    @Test
    void theRegisteredFormatsStillComeFirst() throws Exception {
        ReadOutcome.Models keras = (ReadOutcome.Models) reader.read(dev.netlint.Fixtures.keras(
                "seedA-ok-softmax.keras.json"));
        assertThat(keras.format()).startsWith("Keras");
        assertThat(new ModelFileReader().read("{\"toyLayers\": []}".getBytes(StandardCharsets.UTF_8)))
                .as("without the registration the toy file is no model").isInstanceOf(ReadOutcome.NotAModel.class);
    }

    @Test
    void theFormatListsUsersSeeNameTheNewFormat() {
        assertThat(registry.expected()).endsWith(", a TensorFlow.js model.json, or a toy model JSON");
        assertThat(registry.usageLine()).endsWith(", toy JSON");
        assertThat(registry.includes()).containsExactly("**/*.json", "**/*.zip", "**/*.keras", "**/*.h5",
                "**/*.hdf5", "**/*.toy");
        assertThat(registry.searched()).endsWith("*.hdf5 and *.toy");
    }

    @Test
    void fileRulesJudgeTheFactsTheNewReaderRecords() throws Exception {
        byte[] toy = "{\"toyLayers\": [{\"name\": \"out\"}]}\n{}".getBytes(StandardCharsets.UTF_8);

        ReadOutcome.Models models = (ReadOutcome.Models) reader.read(toy);

        assertThat(FileFindings.of(models)).extracting(Finding::ruleId, Finding::problem)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("NL001",
                        "a second JSON value follows the toy model"));
    }
}
