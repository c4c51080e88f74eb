package dev.netlint.corpus;

import dev.netlint.Fixtures;
import dev.netlint.engine.LintResult;
import dev.netlint.model.Finding;
import dev.netlint.model.Severity;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Zero false errors on real DL4J configurations: every file in ../shared/corpus/dl4j lints without an error-level
 * finding, except the files listed here, each with the error it must get and why it is genuine.
 */
class Dl4jCorpusTest {

    /** A true positive in a real file: which files (a regular expression found in the name), which rule, and why. */
    private record Genuine(String fragment, String ruleId, String why) {
    }

    private static final List<Genuine> GENUINE_ERRORS = List.of(
            new Genuine("_ModelSerializer_Regression_CNN_1", "NL102", "sigmoid output + LossNegativeLogLikelihood "
                    + "(an MCXENT subclass): DL4J 1.0.0-beta+ rejects this pair itself; the file only tests serialisation"),
            new Genuine("4223_CompGraphConfig", "NL102", "issue #4223's AlphaZero-style graph: the 1-unit value head is "
                    + "sigmoid + NLL, identically zero for label 0, so it never pushes the output down"),
            new Genuine("__model\\.json$", "NL000", "a 2015 (DL4J 0.0.3) flat configuration that no "
                    + "DL4J since 0.5 can load"));

    private static List<String> expectedErrors(Path file) {
        String name = file.getFileName().toString();
        return GENUINE_ERRORS.stream().filter(g -> java.util.regex.Pattern.compile(g.fragment()).matcher(name).find())
                .map(Genuine::ruleId).distinct()
                .sorted().toList();
    }

    @TestFactory
    Stream<DynamicTest> everyCorpusFileLintsWithoutFalseErrors() {
        List<Path> files = SharedCorpus.files("dl4j");
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            LintResult result = Fixtures.lint(file);
            List<String> errors = result.findings().stream()
                    .filter(f -> f.severity() == Severity.ERROR).map(Finding::ruleId).distinct().sorted().toList();
            List<String> expected = expectedErrors(file);
            assertThat(errors).as("errors in %s: %s", file.getFileName(), result.findings()).isEqualTo(expected);
        }));
    }
}
