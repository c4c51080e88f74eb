package dev.netlint.rule;

import dev.netlint.Fixtures;
import dev.netlint.engine.LintEngine;
import dev.netlint.engine.LintResult;
import dev.netlint.engine.ModelInput;
import dev.netlint.engine.SeverityOverrides;
import dev.netlint.model.Finding;
import dev.netlint.model.Severity;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a finding's severity is decided: the rule's default for the file's framework, a lighter level where the rule's
 * measurements or the file's purpose say so (inference-only files, first and output layers for initialiser scale),
 * and the build's {@code <checks>} level above both. Fixtures: DL4J builders and ModelSerializer
 * (src/test/resources/fixtures/README.md), TensorFlow.js (src/test/keras-fixtures).
 */
class VerdictSeverityTest {

    @Test
    void aNetworkWithoutALossSavedWithoutUpdaterStateIsForInferenceSoNl107IsANote() {
        Finding served = single(Fixtures.dl4j("ok-no-output-layer-inference.zip"), "NL107");
        assertThat(served.severity()).isEqualTo(Severity.INFO);
        assertThat(served.element()).isEqualTo("dense2");
        assertThat(served.cost()).contains("made for inference");

        // The same network saved with its updater state is meant to be trained: fit() fails, an error.
        assertThat(single(Fixtures.dl4j("bad-no-output-layer-with-updater.zip"), "NL107").severity())
                .isEqualTo(Severity.ERROR);
        // So is a bare configuration (DL4J's zoo SimpleCNN is one).
        assertThat(single(Fixtures.dl4j("bad-no-output-layer.json"), "NL107").severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void initialiserScaleIsANoteEverywhereAsMeasuredAndSaysWhereTheInputOrTheOutputDecides() {
        // Measured: N(0, 1) on two 256-unit ReLU layers trained as well as He (docs/evidence/results.tsv).
        Finding hidden = single(Fixtures.dl4j("bad-wide-normal-hidden.json"), "NL304");
        assertThat(hidden.severity()).isEqualTo(Severity.INFO);
        assertThat(hidden.cost()).contains("measured");
        // N(0, 0.01) on a layer over a 10,000-wide input: right for a sparse multi-hot input, wrong for a dense one.
        Finding sparse = single(Fixtures.dl4j("ok-sparse-input-small-normal.json"), "NL304");
        assertThat(sparse.severity()).isEqualTo(Severity.INFO);
        assertThat(sparse.element()).isEqualTo("dense1");
        assertThat(sparse.cost()).contains("sparse");
        // The same N(0, 1) as the hidden case, on the layer reading the network input.
        assertThat(single(Fixtures.dl4j("bad-wide-normal-distribution.json"), "NL304").severity())
                .isEqualTo(Severity.INFO);
        Finding output = single(Fixtures.dl4j("ok-small-normal-output.json"), "NL304");
        assertThat(output.severity()).isEqualTo(Severity.INFO);
        assertThat(output.element()).isEqualTo("output");
        // A deep stack stays a warning when the first layer, which reads the input, is left out of the count.
        assertThat(single(Fixtures.dl4j("bad-fixed-normal-relu-stack.json"), "NL302").severity())
                .isEqualTo(Severity.WARNING);
    }

    @Test
    void nl102FollowsTheFrameworksComputation() {
        // DL4J's builder refuses sigmoid + MCXENT: an error, with the measured cost.
        Finding dl4j = single(Fixtures.dl4j("bad-seedA-two-sigmoid-mcxent.json"), "NL102");
        assertThat(dl4j.severity()).isEqualTo(Severity.ERROR);
        assertThat(dl4j.cost()).contains("refuses").contains("0.50").doesNotContain("chance");
        // Keras divides the outputs by their sum: over two units it trains, a note.
        assertThat(single(Fixtures.keras("seedA-bad.model.json"), "NL102").severity()).isEqualTo(Severity.INFO);
        // Over one unit that division makes the loss 0 for every example: an error in Keras too.
        assertThat(single(Fixtures.keras("cce-one-unit-bad.model.json"), "NL102").severity())
                .isEqualTo(Severity.ERROR);
    }

    @Test
    void nl601TakesEpsilonAndTheOptimiserIntoAccount() {
        Finding adam = single(Fixtures.dl4j("bad-adam-lr-0.1.json"), "NL601");
        assertThat(adam.severity()).isEqualTo(Severity.WARNING);
        assertThat(adam.cost()).contains("Adam(0.1)").contains("3 of 3 seeds");
        Finding rmsProp = single(Fixtures.keras("rmsprop-lr-0.1-bad.model.json"), "NL601");
        assertThat(rmsProp.severity()).isEqualTo(Severity.WARNING);
        assertThat(rmsProp.cost()).contains("RmsProp(0.1)").contains("0.69 (one seed 0.45)");
        // DL4J's zoo FaceNetNN4Small2: Adam(0.1) with epsilon 0.01 trained on every measured task.
        assertThat(single(Fixtures.ZOO.resolve("FaceNetNN4Small2.json"), "NL601").severity())
                .isEqualTo(Severity.INFO);
    }

    @Test
    void theBuildsChecksLevelAppliesToEveryFindingOfTheRule() {
        SeverityOverrides overrides = SeverityOverrides.parse(Map.of("NL107", "warning", "NL102", "error"));
        assertThat(single(Fixtures.dl4j("ok-no-output-layer-inference.zip"), "NL107", overrides).severity())
                .isEqualTo(Severity.WARNING);
        assertThat(single(Fixtures.dl4j("bad-no-output-layer.json"), "NL107", overrides).severity())
                .isEqualTo(Severity.WARNING);
        assertThat(single(Fixtures.keras("seedA-bad.model.json"), "NL102", overrides).severity())
                .isEqualTo(Severity.ERROR);
    }

    @Test
    void ruleMetadataStatesPerFrameworkDefaults() {
        RuleMeta nl103 = RuleRegistry.meta("NL103").orElseThrow();
        assertThat(nl103.severity(dev.netlint.model.Framework.DL4J)).isEqualTo(Severity.ERROR);
        assertThat(nl103.severity(dev.netlint.model.Framework.KERAS)).isEqualTo(Severity.INFO);
        assertThat(nl103.severityLabel()).isEqualTo("error (Keras: info)");
        assertThat(RuleRegistry.meta("NL601").orElseThrow().severityLabel()).isEqualTo("warning");
    }

    private static Finding single(Path file, String ruleId) {
        return single(file, ruleId, SeverityOverrides.NONE);
    }

    private static Finding single(Path file, String ruleId, SeverityOverrides overrides) {
        LintResult result = new LintEngine(overrides).lint(List.of(new ModelInput(file, file.getFileName().toString(),
                Optional.empty(), true)));
        List<Finding> found = Fixtures.findings(result, ruleId);
        assertThat(found).as("%s in %s: %s", ruleId, file.getFileName(), result.findings()).hasSize(1);
        return found.get(0);
    }
}
