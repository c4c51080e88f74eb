package dev.netlint.corpus;

import dev.netlint.Fixtures;
import dev.netlint.engine.LintResult;
import dev.netlint.model.Finding;
import dev.netlint.model.Severity;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Zero false errors on real DL4J configurations: every file in ../shared/corpus/dl4j lints without an error-level
 * finding, except the files listed here, each with the error it must get and why it is genuine.
 */
class Dl4jCorpusTest {

    /** File-name fragment -> rule ids of the errors it must produce, and why those are true positives. */
    private static final Map<String, List<String>> GENUINE_ERRORS = Map.of(
            // Sigmoid output + LossNegativeLogLikelihood (an MCXENT subclass): DL4J 1.0.0-beta+ rejects this
            // pair itself (OutputLayerUtil); these regression files only test serialisation, not training.
            "_050_ModelSerializer_Regression_CNN_1", List.of("NL102"),
            "_060_ModelSerializer_Regression_CNN_1", List.of("NL102"),
            "_071_ModelSerializer_Regression_CNN_1", List.of("NL102"),
            "_080_ModelSerializer_Regression_CNN_1", List.of("NL102"),
            // Issue #4223's AlphaZero-style graph: the 1-unit value head is sigmoid + NLL, a loss that is
            // identically zero for label 0 and can never push the output down.
            "4223_CompGraphConfig", List.of("NL102"),
            // A 2015 (DL4J 0.0.3) flat configuration that no DL4J since 0.5 can load: unreadable, said in one line.
            "dl4j-test-resources__model.json", List.of("NL000"));

    @TestFactory
    Stream<DynamicTest> everyCorpusFileLintsWithoutFalseErrors() {
        List<Path> files = SharedCorpus.files("dl4j");
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            LintResult result = Fixtures.lint(file);
            List<String> errors = result.findings().stream()
                    .filter(f -> f.severity() == Severity.ERROR).map(Finding::ruleId).distinct().sorted().toList();
            List<String> expected = GENUINE_ERRORS.entrySet().stream()
                    .filter(e -> file.getFileName().toString().contains(e.getKey()))
                    .map(Map.Entry::getValue).findFirst().orElse(List.of());
            assertThat(errors).as("errors in %s: %s", file.getFileName(), result.findings()).isEqualTo(expected);
        }));
    }
}
