package dev.netlint.rule;

import dev.netlint.Fixtures;
import dev.netlint.engine.LintEngine;
import dev.netlint.engine.ModelInput;
import dev.netlint.engine.SeverityOverrides;
import dev.netlint.model.Finding;
import dev.netlint.model.LabelDeclaration;
import dev.netlint.model.LabelMode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every finding speaks the vocabulary of the file it is about: each rule runs over every fixture the real frameworks
 * wrote (DL4J builders, TensorFlow.js), under every label declaration and with and without declared input scaling,
 * and no Keras message may name a DL4J API term, nor a DL4J message a Keras one.
 */
class FrameworkVocabularyTest {

    private static final Pattern DL4J_TERMS = Pattern.compile("\\bnOut\\b|LossMCXENT|MCXENT|\\bActivation\\.|"
            + "\\bweightInit\\b|\\bdropOut\\b|\\bnIn\\b|LossBinaryXENT|\\bXENT\\b");
    private static final Pattern KERAS_TERMS = Pattern.compile("\\bunits\\b|categorical_crossentropy|"
            + "binary_crossentropy|kernel_initializer|'softmax'|'sigmoid'|'relu'|from_logits|\\bDense\\(");

    private static final List<Optional<LabelDeclaration>> DECLARATIONS =
            Stream.of("binary:2", "categorical:4", "sparse:4", "categorical:2", "multilabel:3", "regression:1")
                    .map(FrameworkVocabularyTest::declaration).toList();

    private static final Set<String> RULE_IDS = RuleRegistry.rules().stream().map(r -> r.meta().id())
            .collect(java.util.stream.Collectors.toSet());

    @Test
    void kerasMessagesNameNoDl4jTerm() throws IOException {
        Set<String> fired = new TreeSet<>();
        List<String> offending = offending(files(Fixtures.KERAS, ".json"), DL4J_TERMS, fired);
        assertThat(offending).as("Keras findings with DL4J vocabulary").isEmpty();
        // The fixtures exercise the rules whose wording differs by framework; an empty run would prove nothing.
        assertThat(fired).contains("NL101", "NL102", "NL103", "NL104", "NL106", "NL201", "NL202", "NL203", "NL204",
                "NL301", "NL302", "NL601", "NL602", "NL803", "NL804");
    }

    @Test
    void dl4jMessagesNameNoKerasTerm() throws IOException {
        Set<String> fired = new TreeSet<>();
        List<Path> files = new ArrayList<>(files(Fixtures.DL4J, ".json"));
        files.addAll(files(Fixtures.DL4J, ".zip"));
        files.addAll(files(Fixtures.ZOO, ".json"));
        List<String> offending = offending(files, KERAS_TERMS, fired);
        assertThat(offending).as("DL4J findings with Keras vocabulary").isEmpty();
        assertThat(fired).contains("NL101", "NL102", "NL103", "NL104", "NL105", "NL106", "NL107", "NL108", "NL109",
                "NL110", "NL201", "NL202", "NL203", "NL204", "NL301", "NL302", "NL303", "NL304", "NL401", "NL405",
                "NL406", "NL501", "NL601", "NL602", "NL603", "NL604", "NL605", "NL701", "NL705", "NL707", "NL708");
    }

    /** One offending message per rule (the first), so a failure names every rule that slipped and no more. */
    private static List<String> offending(List<Path> files, Pattern forbidden, Set<String> fired) {
        Map<String, String> offending = new TreeMap<>();
        for (Path file : files) {
            List<ModelInput> inputs = new ArrayList<>();
            inputs.add(new ModelInput(file, file.getFileName().toString(), Optional.empty(), true, false));
            inputs.add(new ModelInput(file, file.getFileName().toString(), Optional.empty(), true, true));
            DECLARATIONS.forEach(labels -> inputs.add(new ModelInput(file, file.getFileName().toString(), labels,
                    true, false)));
            for (ModelInput input : inputs) {
                for (Finding finding : new LintEngine(SeverityOverrides.NONE).lint(List.of(input)).findings()) {
                    if (!RULE_IDS.contains(finding.ruleId())) {
                        continue; // reader checks quote the file itself
                    }
                    fired.add(finding.ruleId());
                    if (forbidden.matcher(ownWords(finding)).find()) {
                        offending.putIfAbsent(finding.ruleId(), finding.consoleLine() + " [labels "
                                + input.labels().map(Object::toString).orElse("none") + "]");
                    }
                }
            }
        }
        return List.copyOf(offending.values());
    }

    /** The message without the element, which is the file's own name for a layer or an optimiser. */
    private static String ownWords(Finding finding) {
        return finding.problem() + "; " + finding.cost() + "; " + finding.fix();
    }

    private static List<Path> files(Path dir, String suffix) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static Optional<LabelDeclaration> declaration(String spec) {
        String[] parts = spec.split(":");
        return Optional.of(new LabelDeclaration(LabelMode.parse(parts[0]).orElseThrow(),
                OptionalInt.of(Integer.parseInt(parts[1]))));
    }
}
