package dev.netlint.rule.optimizer;

import dev.netlint.Fixtures;
import dev.netlint.model.Finding;
import dev.netlint.model.Severity;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** NL604's severity is per coefficient and framework, as the evidence rows measured it. */
class DecayOutOfRangeTest {

    private static Finding only(Path file) {
        List<Finding> findings = Fixtures.findings(Fixtures.lint(file), "NL604");
        assertThat(findings).as(file.toString()).hasSize(1);
        return findings.get(0);
    }

    @Test
    void adamsFirstMomentAtOneIsAnErrorInDl4j() {
        Finding finding = only(Fixtures.dl4j("bad-adam-beta1-1.json"));
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.problem()).contains("beta1 = 1.0");
        assertThat(finding.cost()).contains("0.11 to 0.27");
    }

    @Test
    void rmsPropsDecayAtOneIsAnErrorInDl4j() {
        Finding finding = only(Fixtures.dl4j("bad-rmsprop-decay-1.json"));
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.problem()).contains("rmsDecay = 1.0");
    }

    @Test
    void aNegativeMomentumIsAWarning() {
        Finding finding = only(Fixtures.dl4j("bad-nesterov-momentum-negative.json"));
        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.cost()).contains("flips sign");
    }

    @Test
    void momentumAtOneIsANoteBecauseNoMeasuredTaskWasHarmed() {
        Finding finding = only(Fixtures.dl4j("bad-nesterov-momentum-1.json"));
        assertThat(finding.severity()).isEqualTo(Severity.INFO);
        assertThat(Fixtures.findings(Fixtures.lint(Fixtures.dl4j("ok-nesterov-momentum-09.json")), "NL604")).isEmpty();
    }

    @Test
    void adamsSecondMomentAtOneIsAnErrorInKerasWhoseBiasCorrectionDividesByZero() {
        Finding finding = only(Fixtures.keras("adam-beta2-1-bad.model.json"));
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.cost()).contains("NaN");
        assertThat(Fixtures.findings(Fixtures.lint(Fixtures.keras("adam-lr-1e-3-ok.model.json")), "NL604")).isEmpty();
    }
}
