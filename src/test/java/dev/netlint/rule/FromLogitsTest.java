package dev.netlint.rule;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.netlint.Fixtures;
import dev.netlint.engine.LintResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * TensorFlow.js cannot write from_logits, so these models are tfjs-saved fixtures whose loss is replaced by the
 * serialised Keras loss object Python Keras writes: {class_name, config: {from_logits}}.
 */
class FromLogitsTest {

    @TempDir
    Path dir;

    private LintResult withLoss(String fixture, boolean fromLogits) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode model = (ObjectNode) mapper.readTree(Fixtures.keras(fixture).toFile());
        ObjectNode loss = ((ObjectNode) model.get("trainingConfig")).putObject("loss");
        loss.put("class_name", "CategoricalCrossentropy");
        loss.putObject("config").put("from_logits", fromLogits);
        Path file = dir.resolve(fixture);
        mapper.writeValue(file.toFile(), model);
        return Fixtures.lint(file);
    }

    @Test
    void fromLogitsOnASoftmaxOutputAppliesSoftmaxTwice() throws Exception {
        assertThat(Fixtures.findings(withLoss("seedA-ok-softmax.model.json", true), "NL111")).singleElement()
                .satisfies(f -> assertThat(f.element()).isEqualTo("output"));
        assertThat(Fixtures.findings(withLoss("seedA-ok-softmax.model.json", false), "NL111")).isEmpty();
    }

    @Test
    void fromLogitsOnALinearOutputIsTheRightWayAndSilencesTheProbabilityCheck() throws Exception {
        LintResult logits = withLoss("linear-output-cce-bad.model.json", true);
        assertThat(Fixtures.findings(logits, "NL111")).isEmpty();
        assertThat(Fixtures.findings(logits, "NL104")).isEmpty();
        assertThat(Fixtures.findings(withLoss("linear-output-cce-bad.model.json", false), "NL104")).singleElement();
    }
}
