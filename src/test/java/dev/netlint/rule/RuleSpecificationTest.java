package dev.netlint.rule;

import dev.netlint.Fixtures;
import dev.netlint.engine.LintResult;
import dev.netlint.model.Finding;
import dev.netlint.model.Framework;
import dev.netlint.model.LabelDeclaration;
import dev.netlint.model.LabelMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every rule, as a specification: a configuration made by DL4J's builders that must trigger it on a named layer,
 * and its fixed twin that must not. Fixtures: src/test/resources/fixtures (see the README there).
 */
class RuleSpecificationTest {

    /** Cases a rule reports below its default, as measured (docs/evidence/results.tsv). */
    private static final java.util.Map<String, dev.netlint.model.Severity> LIGHTER = java.util.Map.of(
            // an identity layer followed by a ReLU layer: the network stays non-linear and trained as well
            "NL707 bad-stacked-linear.json", dev.netlint.model.Severity.INFO);

    static Stream<Arguments> cases() {
        return Stream.of(
                // rule, bad fixture, layer, fixed twin, labels (mode, classes) or null
                Arguments.of("NL101", "bad-softmax-one-unit-graph.json", "class", "ok-sigmoid-one-unit-graph.json", null),
                Arguments.of("NL102", "bad-seedA-two-sigmoid-mcxent.json", "output", "ok-seedA-softmax-mcxent.json", null),
                Arguments.of("NL102", "bad-seedA-two-sigmoid-mcxent.zip", "output", "ok-seedA-with-normalizer.zip", null),
                Arguments.of("NL103", "bad-softmax-xent.json", "output", "ok-sigmoid-xent-multilabel.json", null),
                Arguments.of("NL104", "bad-relu-output-mcxent.json", "output", "ok-softmax-output-mcxent.json", null),
                Arguments.of("NL105", "bad-mcxent-one-unit-losslayer.json", "loss", "ok-xent-one-unit-losslayer.json", null),
                Arguments.of("NL106", "bad-mse-softmax.json", "output", "ok-identity-mse.json", null),
                Arguments.of("NL107", "bad-no-output-layer.json", "dense2", "ok-softmax-output-mcxent.json", null),
                Arguments.of("NL108", "bad-nout-zero.json", "output", "ok-softmax-output-mcxent.json", null),
                Arguments.of("NL109", "bad-loss-weights-length.json", "output", "ok-loss-weights-length.json", null),
                Arguments.of("NL110", "bad-losslayer-identity-after-relu.json", "loss",
                        "ok-losslayer-identity-after-softmax.json", null),
                Arguments.of("NL201", "bad-seedA-two-sigmoid-mcxent.json", "output", "ok-seedA-one-sigmoid-xent.json",
                        "binary:2"),
                Arguments.of("NL201", "bad-seedC-one-sigmoid-four-classes.json", "output", "ok-seedC-softmax-four.json",
                        "categorical:4"),
                Arguments.of("NL202", "bad-seedC-one-sigmoid-four-classes.json", "output", "ok-seedC-softmax-four.json",
                        "categorical:4"),
                Arguments.of("NL203", "ok-seedA-one-sigmoid-xent.json", "output", "ok-seedA-one-sigmoid-xent.json",
                        "binary:2"),
                Arguments.of("NL204", "ok-seedA-softmax-mcxent.json", "output", "ok-seedA-one-sigmoid-xent.json",
                        "binary:2"),
                Arguments.of("NL301", "bad-zero-init.json", "dense1", "ok-relu-init.json", null),
                Arguments.of("NL302", "bad-seedB-uniform-dropout-l2.json", "dense1", "ok-seedB-he-init.json", null),
                Arguments.of("NL302", "bad-fixed-normal-relu-stack.json", "dense1", "ok-relu-hidden.json", null),
                Arguments.of("NL303", "bad-tanh-he-init.json", "dense1", "ok-tanh-xavier-init.json", null),
                Arguments.of("NL304", "bad-wide-normal-hidden.json", "dense1", "ok-he-scaled-distribution.json",
                        null),
                Arguments.of("NL107", "bad-no-output-layer-with-updater.zip", "dense2", "ok-softmax-output-mcxent.json",
                        null),
                Arguments.of("NL401", "bad-dropout-retain-02.json", "dense1", "ok-dropout-retain-08.json", null),
                Arguments.of("NL112", "bad-softmax-one-unit-graph.json", "network", "ok-sigmoid-one-unit-graph.json",
                        null),
                Arguments.of("NL405", "bad-heavy-l2.json", "dense1", "ok-relu-init.json", null),
                Arguments.of("NL406", "bad-global-dropout.json", "output", "ok-dropout-retain-08.json", null),
                Arguments.of("NL601", "bad-adam-lr-0.1.json", "Adam", "ok-relu-init.json", null),
                Arguments.of("NL603", "bad-noop-updater.json", "dense1", "ok-relu-init.json", null),
                Arguments.of("NL604", "bad-nesterov-momentum-1.json", "Nesterovs", "ok-nesterov-momentum-09.json", null),
                Arguments.of("NL605", "bad-adam-epsilon-0.json", "Adam", "ok-relu-init.json", null),
                Arguments.of("NL701", "bad-nin-mismatch.json", "dense2", "ok-nin-match.json", null),
                Arguments.of("NL705", "bad-dead-vertex-graph.json", "unused", "ok-graph-no-dead-vertex.json", null),
                Arguments.of("NL707", "bad-stacked-linear.json", "dense1", "ok-relu-init.json", null),
                Arguments.of("NL708", "bad-softmax-twice.json", "loss", "ok-losslayer-identity-after-softmax.json", null),
                Arguments.of("NL602", "bad-sgd-lr-2.json", "Sgd", "ok-sgd-lr-0.05.json", null),
                Arguments.of("NL501", "bad-default-sigmoid-hidden.json", "dense1", "ok-relu-hidden.json", null),
                Arguments.of("NL305", "bad-uniform-01-hidden.json", "dense2", "ok-zero-mean-uniform-hidden.json", null),
                Arguments.of("NL306", "bad-xavier-relu-stack.json", "dense1", "ok-he-relu-stack.json", null),
                Arguments.of("NL606", "bad-adagrad-lr-1.json", "AdaGrad", "ok-adagrad-lr-default.json", null));
    }

    @ParameterizedTest(name = "{0} fires on {2} in {1}, not in {3}")
    @MethodSource("cases")
    void badConfigurationTriggersTheRuleOnTheNamedLayerAndItsTwinDoesNot(String ruleId, String bad, String layer,
                                                                          String twin, String labels) {
        Optional<LabelDeclaration> declaration = labels(labels);
        // NL203 only speaks when there is no declaration: its "bad" case is the undeclared file.
        Optional<LabelDeclaration> badDeclaration = ruleId.equals("NL203") ? Optional.empty() : declaration;

        LintResult badResult = Fixtures.lint(Fixtures.dl4j(bad), badDeclaration);
        List<Finding> found = Fixtures.findings(badResult, ruleId);
        assertThat(found).as("%s findings in %s: %s", ruleId, bad, badResult.findings()).isNotEmpty();
        Finding finding = found.get(0);
        assertThat(finding.element()).isEqualTo(layer);
        assertThat(finding.severity()).isEqualTo(LIGHTER.getOrDefault(ruleId + " " + bad,
                RuleRegistry.meta(ruleId).orElseThrow().severity(Framework.DL4J)));
        assertThat(finding.fix()).isNotBlank();
        if (finding.element().equals("network")) {
            assertThat(finding.location().line()).isEqualTo(1);
        } else if (ruleId.startsWith("NL6") && !ruleId.equals("NL603")) {
            // Optimiser findings point at the updater the layers share.
            assertThat(Fixtures.lines(Fixtures.dl4j(bad)).get(finding.location().line() - 1)).contains("\"iupdater\"");
        } else if (!bad.endsWith(".zip")) {
            assertPointsAtLayer(Fixtures.dl4j(bad), finding);
        }

        LintResult twinResult = Fixtures.lint(Fixtures.dl4j(twin), declaration);
        assertThat(Fixtures.findings(twinResult, ruleId)).as("%s findings in twin %s", ruleId, twin).isEmpty();
        assertThat(Fixtures.findings(twinResult, "NL000")).isEmpty();
    }

    /** The reported line is where the layer's JSON starts: its name is the next layerName, or the vertex key. */
    private static void assertPointsAtLayer(Path file, Finding finding) {
        List<String> lines = Fixtures.lines(file);
        int index = finding.location().line() - 1;
        String line = lines.get(index);
        if (line.contains("\"" + finding.element() + "\" : {")) {
            return;
        }
        String nextName = lines.subList(index, lines.size()).stream()
                .filter(l -> l.contains("\"layerName\""))
                .findFirst().orElseThrow();
        assertThat(nextName).as("line %d of %s", index + 1, file).contains("\"" + finding.element() + "\"");
        assertThat(line).contains("\"layer\"");
    }

    private static Optional<LabelDeclaration> labels(String spec) {
        if (spec == null) {
            return Optional.empty();
        }
        String[] parts = spec.split(":");
        return Optional.of(new LabelDeclaration(LabelMode.parse(parts[0]).orElseThrow(),
                OptionalInt.of(Integer.parseInt(parts[1]))));
    }
}
