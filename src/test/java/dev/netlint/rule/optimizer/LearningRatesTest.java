package dev.netlint.rule.optimizer;

import dev.netlint.Fixtures;
import dev.netlint.model.Framework;
import dev.netlint.model.OptimizerKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Thresholds at float32 precision, and the framework defaults NL606 judges against. */
class LearningRatesTest {

    private static final double FLOAT32_ONE_HUNDREDTH = (float) 0.01; // 0.009999999776482582

    @Test
    void aRateStoredAsFloat32IsEqualToTheThresholdItRoundsTo() {
        assertThat(FLOAT32_ONE_HUNDREDTH).isNotEqualTo(0.01);
        assertThat(LearningRates.compare(FLOAT32_ONE_HUNDREDTH, 1e-2)).isZero();
        assertThat(LearningRates.above(FLOAT32_ONE_HUNDREDTH, 1e-2)).isFalse();
        assertThat(LearningRates.below(FLOAT32_ONE_HUNDREDTH, 1e-2)).isFalse();
        assertThat(LearningRates.atLeast((float) 0.1, 0.1)).isTrue();
        assertThat(LearningRates.atMost((float) 0.1, 0.1)).isTrue();
        // One float32 step away is a different value.
        assertThat(LearningRates.above(Math.nextUp((float) 0.01), 1e-2)).isTrue();
        assertThat(LearningRates.below(Math.nextDown((float) 0.1), 0.1)).isTrue();
        assertThat(LearningRates.atLeast(0.999, 1)).isFalse();
        assertThat(LearningRates.format(FLOAT32_ONE_HUNDREDTH)).isEqualTo("0.01");
        assertThat(LearningRates.format(1e-3)).isEqualTo("1e-03");
    }

    @Test
    void aKerasAdamRateWrittenAsFloat32IsNotReportedAsAboveItsThreshold() {
        // tfjs wrote Adam(Math.fround(0.01)) as 0.009999999776482582, as Keras writes float32 hyper-parameters.
        assertThat(Fixtures.lines(Fixtures.keras("adam-lr-float32-0.01-ok.model.json")))
                .anyMatch(line -> line.contains("0.009999999776482582"));
        assertThat(Fixtures.findings(Fixtures.lint(Fixtures.keras("adam-lr-float32-0.01-ok.model.json")), "NL602"))
                .isEmpty();
    }

    @Test
    void adagradAndFtrlAreJudgedAgainstTheirOwnFrameworksDefault() {
        assertThat(LearningRates.defaultRate(Framework.KERAS, OptimizerKind.ADAGRAD)).hasValue(1e-2);
        assertThat(LearningRates.defaultRate(Framework.KERAS, OptimizerKind.FTRL)).hasValue(1e-3);
        assertThat(LearningRates.defaultRate(Framework.DL4J, OptimizerKind.ADAGRAD)).hasValue(0.1);
        // Adadelta's rate multiplies a self-scaled step: no default to judge it against.
        assertThat(LearningRates.defaultRate(Framework.KERAS, OptimizerKind.ADADELTA)).isEmpty();
        assertThat(LearningRates.defaultRate(Framework.DL4J, OptimizerKind.ADADELTA)).isEmpty();
        // DL4J's default AdaGrad(0.1) is not reported; Keras' Adadelta(1.0) is not either.
        assertThat(Fixtures.findings(Fixtures.lint(Fixtures.dl4j("ok-adagrad-lr-default.json")), "NL606")).isEmpty();
        assertThat(Fixtures.findings(Fixtures.lint(Fixtures.keras("adadelta-lr-1-ok.model.json")), "NL606")).isEmpty();
    }
}
