package dev.netlint.read.dl4j;

import dev.netlint.Fixtures;
import dev.netlint.engine.LintResult;
import dev.netlint.model.Finding;
import dev.netlint.model.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A DL4J graph with the project's own loss, activation and vertex (classes of {@code dev.netlint.customclasses}, on
 * the test class path but outside every allowed package): read without loading them, each reported once, and every
 * other check still runs.
 */
class CustomClassTest {

    private static final String BAD = "bad-custom-loss-activation-vertex.json";
    private static final String OK = "ok-custom-loss-activation-vertex.json";

    @Test
    void customPartsAreReportedOnceEachAndTheFileIsRead() {
        LintResult result = Fixtures.lint(Fixtures.dl4j(BAD));
        assertThat(Fixtures.findings(result, "NL000")).isEmpty();
        assertThat(result.networksChecked()).isEqualTo(1);
        List<Finding> custom = Fixtures.findings(result, "NL005");
        assertThat(custom).extracting(Finding::severity).containsOnly(Severity.INFO);
        assertThat(custom).extracting(Finding::problem).satisfiesExactlyInAnyOrder(
                p -> assertThat(p).startsWith("loss class 'dev.netlint.customclasses.ContrastiveLoss'")
                        .contains("(lossFn of 'distance')"),
                p -> assertThat(p).startsWith("activation class 'dev.netlint.customclasses.ScaledTanh'")
                        .contains("(activationFn of 'embed')"));
        assertThat(custom).filteredOn(f -> f.problem().startsWith("loss")).singleElement()
                .satisfies(f -> assertThat(f.cost()).contains("loss and label checks"));
        assertThat(Fixtures.findings(result, "NL002")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.element()).isEqualTo("unit");
            assertThat(f.problem()).contains("dev.netlint.customclasses.L2NormalizeVertex");
        });
    }

    @Test
    void theSigmoidHeadBesideThemIsStillAnError() {
        LintResult result = Fixtures.lint(Fixtures.dl4j(BAD));
        assertThat(Fixtures.findings(result, "NL102")).singleElement()
                .satisfies(f -> assertThat(f.element()).isEqualTo("class"));
        assertThat(Fixtures.lint(Fixtures.dl4j(OK)).findings())
                .filteredOn(f -> f.severity() == Severity.ERROR).isEmpty();
    }

    @Test
    void aCustomLossIsACustomLossNotNoLoss() {
        LintResult result = Fixtures.lint(Fixtures.dl4j(OK));
        assertThat(result.findings()).filteredOn(f -> "distance".equals(f.element()))
                .extracting(Finding::ruleId).containsOnly("NL005");
        assertThat(Fixtures.findings(result, "NL107")).as("no 'output without a loss'").isEmpty();
    }
}
