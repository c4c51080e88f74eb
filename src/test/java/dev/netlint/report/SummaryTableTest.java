package dev.netlint.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.netlint.Fixtures;
import dev.netlint.engine.LintResult;
import dev.netlint.model.NetworkSummary;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The model summary, as Keras' model.summary() would count it for seed case B. */
class SummaryTableTest {

    private final LintResult result = Fixtures.lint(Fixtures.keras("seedB-bad.model.json"));

    @Test
    void tableListsEveryLayerWithShapeAndParametersAndTheTotal() {
        NetworkSummary network = result.networks().get(0);
        List<String> lines = SummaryTable.lines(network);
        // dense1: 400 inputs (5x5x16 after Flatten) x 128 + 128 biases.
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("dense1 (Dense)").contains("relu")
                .contains("(None, 128)").endsWith("51,328"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("conv1 (Conv2D)").contains("(None, 28, 28, 6)")
                .endsWith("456"));
        // Keras' summary for this model: 456 + 2,416 + 51,328 + 8,256 + 4,160 + 4,160 + 130.
        assertThat(network.totalParams()).isEqualTo(456 + 2416 + 51328 + 8256 + 4160 + 4160 + 130);
        assertThat(lines.get(lines.size() - 1)).isEqualTo("Total params: 70,906");
    }

    @Test
    void jsonReportCarriesTheSummaryPerNetwork() throws Exception {
        StringWriter out = new StringWriter();
        new JsonReportWriter().write(result, new ReportContext("test", List.of()), out);
        JsonNode network = new ObjectMapper().readTree(out.toString()).path("networks").get(0);
        assertThat(network.path("totalParams").asLong()).isEqualTo(70906);
        JsonNode dense1 = network.path("layers").findParents("name").stream()
                .filter(n -> n.path("name").asText().equals("dense1")).findFirst().orElseThrow();
        assertThat(dense1.path("params").asLong()).isEqualTo(51328);
        assertThat(dense1.path("outputShape").toString()).isEqualTo("[128]");
        assertThat(dense1.path("activation").asText()).isEqualTo("relu");
    }
}
