package dev.netlint.read.dl4j;

import dev.netlint.Fixtures;
import dev.netlint.model.Finding;
import dev.netlint.model.Layer;
import dev.netlint.model.Network;
import dev.netlint.read.JsonLocations;
import dev.netlint.read.ModelFileReader;
import dev.netlint.read.ReadException;
import dev.netlint.read.ReadOutcome;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Loss weights as DL4J before 1.0 wrote them, a plain list of numbers (files from LegacyArrayFixtureGenerator, which
 * DL4J reads back), are read without an ND4J backend: DL4J would build them as an array and, with no backend, fail
 * with "Please ensure that you have an nd4j backend" at the start of the file.
 */
class LegacyArrayFormsTest {

    private static final Path DIR = Fixtures.DL4J.resolve("legacy");

    @Test
    void aWeightListOfTheWrongLengthIsNl109OnTheOutputLayer() {
        assertThat(Fixtures.lint(DIR.resolve("bad-loss-weights-list.json")).findings())
                .extracting(Finding::ruleId).doesNotContain("NL000");
        assertThat(Fixtures.findings(Fixtures.lint(DIR.resolve("bad-loss-weights-list.json")), "NL109"))
                .singleElement().satisfies(f -> {
                    assertThat(f.element()).isEqualTo("output");
                    assertThat(f.problem()).isEqualTo("LossMCXENT has 3 weights for an output of nOut = 4");
                });
    }

    @Test
    void aWeightListOfTheRightLengthIsReadAsItsLength() throws Exception {
        Path file = DIR.resolve("ok-loss-weights-list.json");
        assertThat(Fixtures.lint(file).findings()).extracting(Finding::ruleId).doesNotContain("NL000", "NL109");
        Network network = ((ReadOutcome.Models) new ModelFileReader().read(file)).networks().get(0);
        Layer output = network.layer("output").orElseThrow();
        assertThat(output.loss().orElseThrow().weightsLength()).hasValue(4);
    }

    @Test
    void anElementThatIsNoNumberIsRefusedAtThatElement() throws Exception {
        String json = Files.readString(DIR.resolve("ok-loss-weights-list.json"));
        String list = "\"weights\" : [ 1.0, 2.0, 3.0, 4.0 ]";
        assertThat(json).contains(list);
        byte[] bytes = json.replace(list, "\"weights\" : [ 1.0, \"two\", 3.0, 4.0 ]").getBytes(StandardCharsets.UTF_8);
        String element = "/confs/1/layer/lossFn/weights/1";
        var expected = JsonLocations.scan(new com.fasterxml.jackson.core.JsonFactory(), bytes).at(element);
        assertThatThrownBy(() -> new ModelFileReader().read(bytes)).isInstanceOf(ReadException.class)
                .hasMessageContaining("element 1 of 'weights' is a JSON string; expected a number")
                .satisfies(e -> assertThat(((ReadException) e).location().lineColumn())
                        .isEqualTo(expected.lineColumn()));
    }
}
