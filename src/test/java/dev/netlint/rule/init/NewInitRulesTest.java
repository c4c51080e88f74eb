package dev.netlint.rule.init;

import dev.netlint.Fixtures;
import dev.netlint.model.Finding;
import dev.netlint.model.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** NL305 (off-centre initialisers) and NL306 (deep ReLU stacks under fan-scaled initialisers) beyond their pairs. */
class NewInitRulesTest {

    @Test
    void theMeanCountsWhenTheSharedPartOfTheSumIsTenTimesTheRandomPart() {
        assertThat(InitMeanOffZero.offCentre(0.5, 1.0 / 12, 64)).isTrue(); // uniform(0, 1)
        assertThat(InitMeanOffZero.offCentre(1.0, 0.05 * 0.05, 64)).isTrue(); // normal(1, 0.05)
        assertThat(InitMeanOffZero.offCentre(0.0, 0.05 * 0.05, 4096)).isFalse();
        // A mean of 0.02 next to a std of 0.05: 3.2 times over 64 inputs, 12.8 over 1024.
        assertThat(InitMeanOffZero.offCentre(0.02, 0.05 * 0.05, 64)).isFalse();
        assertThat(InitMeanOffZero.offCentre(0.02, 0.05 * 0.05, 1024)).isTrue();
    }

    @Test
    void theMeanOfEachFrameworksDistributionIsReadFromTheFile() {
        List<Finding> dl4j = Fixtures.findings(Fixtures.lint(Fixtures.dl4j("bad-uniform-01-hidden.json")), "NL305");
        assertThat(dl4j).extracting(Finding::element).containsExactly("dense2", "dense3");
        assertThat(dl4j.get(0).problem()).contains("UniformDistribution(lower=0.0, upper=1.0)").contains("mean 0.50");
        List<Finding> keras = Fixtures.findings(Fixtures.lint(Fixtures.keras("normal-mean-1-hidden-bad.model.json")),
                "NL305");
        assertThat(keras).extracting(Finding::element).containsExactly("dense2");
        assertThat(keras.get(0).problem()).contains("RandomNormal(mean=1.0, stddev=0.05)");
        // The same file saved with to_json is for inference: a note.
        assertThat(Fixtures.findings(Fixtures.lint(Fixtures.keras("normal-mean-1-hidden-bad.keras.json")), "NL305"))
                .extracting(Finding::severity).containsExactly(Severity.INFO);
    }

    @Test
    void aDeepReluStackIsJudgedOnceEitherAsFixedScaleOrAsFanScaled() {
        Finding glorot = Fixtures.findings(Fixtures.lint(Fixtures.keras("glorot-relu-stack-bad.model.json")), "NL306")
                .get(0);
        // dense1 reads the network input and is left out; each of the 11 others halves the signal's variance.
        assertThat(glorot.problem()).contains("12 stacked").contains("by " + SignalGain.format(Math.pow(0.5, 11)));
        // Fixed-scale initialisers in a ReLU stack are NL302's: the same stack is not reported twice.
        assertThat(Fixtures.findings(Fixtures.lint(Fixtures.keras("normal-init-relu-stack-bad.model.json")), "NL306"))
                .isEmpty();
        assertThat(Fixtures.findings(Fixtures.lint(Fixtures.dl4j("bad-fixed-normal-relu-stack.json")), "NL306"))
                .isEmpty();
        // Seed C's default-Glorot CNN (3 convolutions and a dense layer, the first reading the image) keeps 1/4 of it.
        assertThat(Fixtures.findings(Fixtures.lint(Fixtures.keras("seedC-ok-sparse.model.json")), "NL306")).isEmpty();
        // One widening Glorot layer after global pooling (16 to 256 units) keeps 1/17 of it, but is no deep stack.
        assertThat(Fixtures.findings(Fixtures.lint(Fixtures.keras("global-pooling-ok.model.json")), "NL306")).isEmpty();
    }

    @Test
    void aStackTrainedWithAnOptimiserThatScalesItsOwnStepsGetsANote() {
        // Measured: plain SGD failed such a stack on every task, Adam trained it as well as He (results.tsv).
        assertThat(severities(Fixtures.keras("glorot-relu-stack-bad.model.json"))).containsExactly(Severity.WARNING);
        assertThat(severities(Fixtures.keras("glorot-relu-stack-adam-note.model.json")))
                .containsExactly(Severity.INFO);
        assertThat(severities(Fixtures.dl4j("bad-xavier-relu-stack.json"))).containsExactly(Severity.WARNING);
        assertThat(severities(Fixtures.dl4j("bad-xavier-relu-stack-adam.json"))).containsExactly(Severity.INFO);
    }

    @Test
    void aStackTrainedWithMomentumSgdIsAWarningAsMeasured() {
        // DL4J's zoo VGG16: 13 ReLU convolutions, XAVIER, Nesterovs momentum 0.9, which failed 12 such layers too.
        List<Finding> findings = Fixtures.findings(Fixtures.lint(Fixtures.ZOO.resolve("VGG16.json")), "NL306");
        assertThat(findings).isNotEmpty().allSatisfy(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.cost()).contains("Nesterov momentum 0.9");
        });
    }

    @Test
    void aStackInAFileWithoutItsOptimiserGetsANote() {
        // model.to_json() saves no optimiser: SGD failed such a stack, Adam did not, and the file cannot say which.
        Finding finding = Fixtures.findings(Fixtures.lint(Fixtures.keras("glorot-relu-stack-bad.keras.json")), "NL306")
                .get(0);
        assertThat(finding.severity()).isEqualTo(Severity.INFO);
        assertThat(finding.cost()).contains("does not say which optimiser");
    }

    private static List<Severity> severities(java.nio.file.Path file) {
        return Fixtures.findings(Fixtures.lint(file), "NL306").stream().map(Finding::severity).toList();
    }
}
