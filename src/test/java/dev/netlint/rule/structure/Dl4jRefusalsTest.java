package dev.netlint.rule.structure;

import dev.netlint.Fixtures;
import dev.netlint.engine.LintResult;
import dev.netlint.model.Finding;
import dev.netlint.model.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Configurations DL4J builds but refuses at {@code init()} or on the first batch, recreated from DL4J's own
 * {@code TestInvalidConfigurations} and {@code ConvolutionLayerTest} (InvalidConfigurationFixtureGenerator checks
 * the refusal while generating): each is an error naming the layer; the fixed twins are clean.
 */
class Dl4jRefusalsTest {

    private static List<Finding> errors(String fixture) {
        LintResult result = Fixtures.lint(Fixtures.dl4j(fixture));
        return result.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
    }

    @ParameterizedTest(name = "{0}: {1} on {2}")
    @CsvSource({
            "bad-dense-nin-0.json, nIn = 0 on DenseLayer 'layer0', layer0",
            "bad-dense-nout-0.json, nOut = 0 on DenseLayer 'layer0', layer0",
            "bad-lstm-nin-0.json, nIn = 0 on LSTM 'layer0', layer0",
            "bad-lstm-nout-0.json, nOut = 0 on LSTM 'layer0', layer0",
    })
    void aWeightLayerWithoutInputsOrOutputsIsAnError(String fixture, String problem, String layer) {
        // DL4J copies a 0 nOut into the next layer's nIn: that layer is reported too, as the file has it
        assertThat(errors(fixture)).filteredOn(f -> f.ruleId().equals("NL709") && f.element().equals(layer))
                .singleElement().satisfies(f -> {
            assertThat(f.problem()).isEqualTo(problem);
            assertThat(f.cost()).contains("init() refuses it");
        });
        assertThat(errors(fixture)).extracting(Finding::problem).noneSatisfy(p -> assertThat(p).contains("window"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "bad-cnn-strict-stride.json, conv, ConvolutionMode.Strict",
            "bad-cnn-kernel-too-large.json, conv, kernel",
    })
    void dl4jsOwnShapeRefusalIsTheFinding(String fixture, String layer, String said) {
        assertThat(errors(fixture)).filteredOn(f -> f.ruleId().equals("NL710")).singleElement().satisfies(f -> {
            assertThat(f.element()).isEqualTo(layer);
            assertThat(f.problem()).startsWith("DL4J's shape inference refuses this layer: ").contains(said);
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ok-dense-sizes.json", "ok-cnn-strict-stride.json", "ok-cnn-kernel-fits.json"})
    void theFixedTwinsHaveNoError(String fixture) {
        assertThat(errors(fixture)).isEmpty();
    }
}
