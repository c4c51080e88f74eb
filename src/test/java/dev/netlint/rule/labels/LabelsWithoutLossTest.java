package dev.netlint.rule.labels;

import dev.netlint.Fixtures;
import dev.netlint.engine.LintResult;
import dev.netlint.model.Finding;
import dev.netlint.model.LabelDeclaration;
import dev.netlint.model.LabelMode;
import dev.netlint.model.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Label checks on Keras {@code model.to_json()} files, which hold no loss: the same label mistakes fail with the same
 * NL2xx errors as the tfjs form of the same model, which does hold one.
 */
class LabelsWithoutLossTest {

    private static List<String> errors(String fixture, LabelMode mode, int classes) {
        LintResult result = Fixtures.lint(Fixtures.keras(fixture),
                Optional.of(new LabelDeclaration(mode, OptionalInt.of(classes))));
        return result.findings().stream().filter(f -> f.severity() == Severity.ERROR && f.ruleId().startsWith("NL2"))
                .map(Finding::ruleId).sorted().toList();
    }

    private static Finding only(String fixture, LabelMode mode, int classes, String ruleId) {
        LintResult result = Fixtures.lint(Fixtures.keras(fixture),
                Optional.of(new LabelDeclaration(mode, OptionalInt.of(classes))));
        return Fixtures.findings(result, ruleId).stream().reduce((a, b) -> {
            throw new AssertionError("two " + ruleId + " findings: " + a + " and " + b);
        }).orElseThrow(() -> new AssertionError("no " + ruleId + " finding in " + result.findings()));
    }

    @ParameterizedTest(name = "{0} declared {1} with {2} classes: {3}")
    @CsvSource({
            "seedA-bad, BINARY, 2, NL201",
            "seedC-bad, SPARSE, 4, NL201 NL202",
            "seedC-bad, CATEGORICAL, 4, NL201 NL202",
    })
    void seedCasesFailTheSameWayWithAndWithoutTheLoss(String model, LabelMode mode, int classes, String expected) {
        List<String> ids = List.of(expected.split(" "));
        assertThat(errors(model + ".model.json", mode, classes)).as("tfjs form, with the loss").isEqualTo(ids);
        assertThat(errors(model + ".keras.json", mode, classes)).as("to_json form, without a loss").isEqualTo(ids);
    }

    @ParameterizedTest(name = "{0} declared {1} with {2} classes")
    @CsvSource({
            "seedA-ok-binary, BINARY, 2",
            "seedA-ok-softmax, CATEGORICAL, 2",
            "seedC-ok-categorical, CATEGORICAL, 4",
            "seedC-ok-sparse, SPARSE, 4",
            // Keras' categorical_crossentropy divides the outputs by their sum, so 2 sigmoids can train on one-hot
            // labels: without the loss in the file, that is no label mistake
            "seedA-bad, CATEGORICAL, 2",
    })
    void fixedTwinsPassWithoutTheLoss(String model, LabelMode mode, int classes) {
        assertThat(errors(model + ".keras.json", mode, classes)).isEmpty();
    }

    @Test
    void theMessageSaysTheLossWasMissingAndWhatWasAssumed() {
        Finding finding = only("seedA-bad.keras.json", LabelMode.BINARY, 2, "NL201");
        assertThat(finding.element()).isEqualTo("output");
        assertThat(finding.problem()).contains("declared binary labels, but the head is 2 units with 'sigmoid'")
                .contains("the file holds no loss, as model.to_json() saves none")
                .contains("judged as if trained with binary_crossentropy");
        assertThat(finding.cost()).contains("one 0/1 label per example");
        assertThat(finding.fix()).isEqualTo("Dense(1, activation='sigmoid') + binary_crossentropy");
    }

    @Test
    void softmaxForMultilabelOrRegressionIsFlaggedWithoutTheLoss() {
        assertThat(only("seedC-ok-categorical.keras.json", LabelMode.MULTILABEL, 4, "NL201").cost())
                .contains("sum to 1");
        assertThat(only("seedC-ok-categorical.keras.json", LabelMode.REGRESSION, 4, "NL201").problem())
                .contains("mean_squared_error");
    }
}
