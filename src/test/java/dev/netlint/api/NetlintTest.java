package dev.netlint.api;

import dev.netlint.Fixtures;
import dev.netlint.model.Finding;
import dev.netlint.model.Severity;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The public API on configuration objects. Building one with the DL4J builders needs an ND4J backend, which the
 * default test class path leaves out on purpose; the objects are read from the builder-made fixtures instead, which
 * is what a test's {@code build()} returns.
 */
class NetlintTest {

    private static MultiLayerConfiguration multiLayer(String fixture) throws IOException {
        return MultiLayerConfiguration.fromJson(Files.readString(Fixtures.dl4j(fixture)));
    }

    private static List<String> ids(List<Finding> findings, Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).map(Finding::ruleId).toList();
    }

    @Test
    void aConfigurationObjectGetsTheFindingsOfItsFile() throws IOException {
        List<Finding> fromObject = Netlint.lint(multiLayer("bad-seedA-two-sigmoid-mcxent.json"));
        List<Finding> fromFile = Netlint.lint(Fixtures.dl4j("bad-seedA-two-sigmoid-mcxent.json"));
        assertThat(ids(fromObject, Severity.ERROR)).contains("NL102").isEqualTo(ids(fromFile, Severity.ERROR));
        assertThat(fromObject).allSatisfy(f -> assertThat(f.file()).isEqualTo("MultiLayerConfiguration"));
    }

    @Test
    void theFixedTwinHasNoError() throws IOException {
        assertThat(ids(Netlint.lint(multiLayer("ok-seedA-softmax-mcxent.json")), Severity.ERROR)).isEmpty();
        assertThatCode(() -> NetlintAssertions.assertNoErrors(multiLayer("ok-seedA-softmax-mcxent.json")))
                .doesNotThrowAnyException();
    }

    @Test
    void assertNoErrorsListsRuleLayerProblemAndFixWithoutPositions() throws IOException {
        MultiLayerConfiguration bad = multiLayer("bad-seedA-two-sigmoid-mcxent.json");
        assertThatThrownBy(() -> NetlintAssertions.assertNoErrors(bad))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("netlint found 1 error in the MultiLayerConfiguration:")
                .hasMessageContaining("NL102 layer 'output': sigmoid")
                .hasMessageContaining("Fix: Activation.SOFTMAX")
                .message().doesNotContain("[", "MultiLayerConfiguration:[");
    }

    @Test
    void labelDeclarationsReachTheLabelRules() throws IOException {
        MultiLayerConfiguration seedC = multiLayer("bad-seedC-one-sigmoid-four-classes.json");
        assertThat(ids(Netlint.lint(seedC), Severity.ERROR)).doesNotContain("NL201", "NL202");
        List<Finding> declared = Netlint.lint(seedC, LintOptions.defaults().labels("sparse", 4));
        assertThat(ids(declared, Severity.ERROR)).contains("NL201", "NL202");
        assertThatThrownBy(() -> NetlintAssertions.assertNoErrors(seedC, LintOptions.defaults().labels("sparse", 4)))
                .hasMessageContaining("NL202 layer 'output': declared 4 classes, but the output has nOut = 1");
    }

    @Test
    void checksOverridesChangeLevelsAndSwitchRulesOff() throws IOException {
        MultiLayerConfiguration bad = multiLayer("bad-seedA-two-sigmoid-mcxent.json");
        assertThat(ids(Netlint.lint(bad, LintOptions.defaults().check("NL102", "off")), Severity.ERROR))
                .doesNotContain("NL102");
        assertThat(ids(Netlint.lint(bad, LintOptions.defaults().check("NL1xx", "warning")), Severity.WARNING))
                .contains("NL102");
        assertThatCode(() -> NetlintAssertions.assertNoErrors(bad, LintOptions.defaults().check("NL102", "info")))
                .doesNotThrowAnyException();
    }

    @Test
    void aGraphConfigurationIsLintedToo() throws IOException {
        ComputationGraphConfiguration graph = ComputationGraphConfiguration.fromJson(
                Files.readString(Fixtures.dl4j("bad-softmax-one-unit-graph.json")));
        assertThat(ids(Netlint.lint(graph), Severity.ERROR)).contains("NL101");
        assertThatThrownBy(() -> NetlintAssertions.assertNoErrors(graph))
                .hasMessageContaining("in the ComputationGraphConfiguration:").hasMessageContaining("NL101 layer '");
    }

    @Test
    void aFileNetlintCannotReadFailsTheAssertion(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path broken = Files.writeString(dir.resolve("model.json"), "{\"confs\": [");
        assertThatThrownBy(() -> NetlintAssertions.assertNoErrors(broken))
                .hasMessageContaining("NL000").hasMessageContaining("cannot read model");
    }

    @Test
    void wrongOptionsSayWhatIsExpected() {
        assertThatThrownBy(() -> LintOptions.defaults().labels("onehot", 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("binary, categorical");
        assertThatThrownBy(() -> LintOptions.defaults().labels("sparse", 0))
                .hasMessageContaining("at least 1 class");
        assertThatThrownBy(() -> Netlint.lint(Fixtures.dl4j("ok-seedA-softmax-mcxent.json"),
                LintOptions.defaults().check("NL999", "off"))).isInstanceOf(IllegalArgumentException.class);
    }
}
