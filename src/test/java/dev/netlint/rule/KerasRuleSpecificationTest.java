package dev.netlint.rule;

import dev.netlint.Fixtures;
import dev.netlint.engine.LintEngine;
import dev.netlint.engine.LintResult;
import dev.netlint.engine.ModelInput;
import dev.netlint.engine.SeverityOverrides;
import dev.netlint.model.Finding;
import dev.netlint.model.Framework;
import dev.netlint.model.LabelDeclaration;
import dev.netlint.model.LabelMode;
import dev.netlint.model.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules on Keras-format models saved by TensorFlow.js (src/test/keras-fixtures/generate.js): each bad model
 * triggers the rule on the named layer, its fixed twin does not. The seed cases A to E are all here.
 */
class KerasRuleSpecificationTest {

    /**
     * Findings a rule reports below its Keras default: Keras' categorical_crossentropy divides the outputs by their
     * sum, so sigmoid outputs over two or more units train like a softmax head (a note); a file without a loss gets
     * training-only checks as notes.
     */
    private static final Map<String, Severity> LIGHTER = Map.of(
            "NL102 seedA-bad.model.json", Severity.INFO,
            "NL102 separate-activation-bad.model.json", Severity.INFO,
            // model.to_json() without a loss: made for inference, so training-only checks are notes.
            "NL302 normal-init-relu-stack-bad.keras.json", Severity.INFO,
            // Adam at 0.02 was measured harmless; SGD above 1 failed on some seeds.
            "NL602 adam-lr-0.02-warn.model.json", Severity.INFO);

    static Stream<Arguments> cases() {
        return Stream.of(
                // rule, bad, element, twin, labels ("mode:classes"), input scaling declared
                Arguments.of("NL101", "softmax-one-unit-bad.model.json", "output", "seedA-ok-binary.model.json", null, false),
                Arguments.of("NL101", "softmax-one-unit-bad.keras.json", "output", "seedA-ok-binary.keras.json", null, false),
                Arguments.of("NL102", "seedA-bad.model.json", "output", "seedA-ok-softmax.model.json", null, false),
                Arguments.of("NL102", "cce-one-unit-bad.model.json", "output", "seedA-ok-binary.model.json", null, false),
                Arguments.of("NL102", "sparse-cce-one-unit-bad.model.json", "output", "seedC-ok-sparse.model.json", null, false),
                Arguments.of("NL102", "separate-activation-bad.model.json", "output_sigmoid",
                        "separate-activation-ok.model.json", null, false),
                Arguments.of("NL103", "softmax-one-unit-bad.model.json", "output", "seedA-ok-binary.model.json", null, false),
                Arguments.of("NL104", "linear-output-cce-bad.model.json", "output", "separate-activation-ok.model.json",
                        null, false),
                Arguments.of("NL106", "mse-softmax-bad.model.json", "output", "adam-lr-1e-3-ok.model.json", null, false),
                Arguments.of("NL201", "seedA-bad.model.json", "output", "seedA-ok-binary.model.json", "binary:2", false),
                Arguments.of("NL201", "seedC-bad.model.json", "output", "seedC-ok-sparse.model.json", "sparse:4", false),
                Arguments.of("NL201", "seedC-ok-categorical.model.json", "output", "seedC-ok-sparse.model.json",
                        "sparse:4", false),
                Arguments.of("NL201", "seedC-ok-sparse.model.json", "output", "seedC-ok-categorical.model.json",
                        "categorical:4", false),
                Arguments.of("NL202", "seedC-bad.model.json", "output", "seedC-ok-sparse.model.json", "sparse:4", false),
                Arguments.of("NL301", "zeros-init-bad.model.json", "dense1", "he-init-ok.model.json", null, false),
                Arguments.of("NL302", "seedB-bad.model.json", "dense1", "seedB-ok.model.json", null, false),
                Arguments.of("NL302", "normal-init-relu-stack-bad.keras.json", "dense1", "he-init-ok.keras.json", null, false),
                Arguments.of("NL402", "dropout-before-output-bad.model.json", "drop_out", "he-init-ok.model.json", null, false),
                Arguments.of("NL403", "dropout-high-rate-warn.model.json", "drop1", "he-init-ok.model.json", null, false),
                Arguments.of("NL404", "seedB-bad.model.json", "dense1", "seedB-ok.model.json", null, false),
                Arguments.of("NL601", "adam-lr-0.1-bad.model.json", "Adam", "adam-lr-1e-3-ok.model.json", null, false),
                Arguments.of("NL601", "rmsprop-lr-0.1-bad.model.json", "RMSProp", "adam-lr-1e-3-ok.model.json", null, false),
                Arguments.of("NL601", "seedD-bad.model.json", "Adam", "seedD-ok.model.json", null, false),
                Arguments.of("NL602", "adam-lr-0.02-warn.model.json", "Adam", "adam-lr-1e-3-ok.model.json", null, false),
                Arguments.of("NL602", "sgd-lr-2-bad.model.json", "SGD", "sgd-lr-0.01-ok.model.json", null, false),
                Arguments.of("NL703", "dense-on-feature-map-bad.model.json", "output", "global-pooling-ok.model.json",
                        null, false),
                Arguments.of("NL706", "flatten-dense-dominates-bad.model.json", "dense1", "global-pooling-ok.model.json",
                        null, false),
                Arguments.of("NL801", "seedD-bad.model.json", "head", "seedD-ok.model.json", null, false),
                Arguments.of("NL801", "mse-softmax-bad.model.json", "output", "adam-lr-1e-3-ok.model.json", null, false),
                Arguments.of("NL802", "seedD-bad.model.json", "head", "seedD-ok.model.json", null, false),
                Arguments.of("NL802", "seedD-custom-loss.model.json", "head", "seedD-ok.model.json", null, false),
                Arguments.of("NL803", "seedE-bad.model.json", "conv1_input", "seedE-ok.model.json", null, false),
                Arguments.of("NL804", "seedE-bad.model.json", "conv1_input", "seedE-ok.model.json", null, true),
                Arguments.of("NL502", "exponential-stack-bad.model.json", "dense1", "exponential-once-ok.model.json",
                        null, false),
                Arguments.of("NL305", "uniform-01-hidden-bad.model.json", "dense2", "uniform-centred-hidden-ok.model.json",
                        null, false),
                Arguments.of("NL305", "normal-mean-1-hidden-bad.model.json", "dense2",
                        "uniform-centred-hidden-ok.model.json", null, false),
                Arguments.of("NL306", "glorot-relu-stack-bad.model.json", "dense1", "he-relu-stack-ok.model.json",
                        null, false),
                Arguments.of("NL606", "adagrad-lr-1-bad.model.json", "Adagrad", "adagrad-lr-0.01-ok.model.json",
                        null, false),
                // float tolerance: 0.009999999776482582 is float32's 1e-2, not above it
                Arguments.of("NL602", "adam-lr-0.02-warn.model.json", "Adam", "adam-lr-float32-0.01-ok.model.json",
                        null, false));
    }

    @ParameterizedTest(name = "{0} fires on {2} in {1}, not in {3}")
    @MethodSource("cases")
    void badModelTriggersTheRuleOnTheNamedLayerAndItsTwinDoesNot(String ruleId, String bad, String element,
                                                                 String twin, String labels, boolean inputScaling) {
        Optional<LabelDeclaration> declaration = Optional.ofNullable(labels).map(spec -> new LabelDeclaration(
                LabelMode.parse(spec.split(":")[0]).orElseThrow(), OptionalInt.of(Integer.parseInt(spec.split(":")[1]))));
        LintResult badResult = lint(bad, declaration, inputScaling);
        List<Finding> found = Fixtures.findings(badResult, ruleId);
        assertThat(found).as("%s in %s: %s", ruleId, bad, badResult.findings()).isNotEmpty();
        assertThat(found.get(0).element()).isEqualTo(element);
        assertThat(found.get(0).severity()).as("severity of %s in %s", ruleId, bad).isEqualTo(LIGHTER.getOrDefault(
                ruleId + " " + bad, RuleRegistry.meta(ruleId).orElseThrow().severity(Framework.KERAS)));
        assertThat(found.get(0).location().line()).isGreaterThan(1);
        assertThat(Fixtures.findings(badResult, "NL000")).isEmpty();

        LintResult twinResult = lint(twin, declaration, inputScaling);
        assertThat(Fixtures.findings(twinResult, ruleId)).as("%s in twin %s", ruleId, twin).isEmpty();
        assertThat(Fixtures.findings(twinResult, "NL000")).isEmpty();
    }

    private static LintResult lint(String fixture, Optional<LabelDeclaration> labels, boolean inputScaling) {
        return new LintEngine(SeverityOverrides.NONE).lint(List.of(new ModelInput(Fixtures.keras(fixture), fixture,
                labels, true, inputScaling)));
    }
}
