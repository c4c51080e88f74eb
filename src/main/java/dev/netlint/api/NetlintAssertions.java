package dev.netlint.api;

import dev.netlint.model.Finding;
import dev.netlint.model.Severity;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;

import java.nio.file.Path;
import java.util.List;

/**
 * Assertions for tests in any framework (JUnit, TestNG, Spock): each throws an {@link AssertionError} listing the
 * findings at error level, one a line with rule id, layer, problem and fix.
 *
 * <pre>{@code
 * @Test
 * void networkIsSound() {
 *     NetlintAssertions.assertNoErrors(MyNetwork.configuration(), LintOptions.defaults().labels("categorical", 10));
 * }
 * }</pre>
 */
public final class NetlintAssertions {

    private NetlintAssertions() {
    }

    public static void assertNoErrors(MultiLayerConfiguration configuration) {
        assertNoErrors(configuration, LintOptions.defaults());
    }

    public static void assertNoErrors(MultiLayerConfiguration configuration, LintOptions options) {
        check(Netlint.lint(configuration, options), "the " + Netlint.MULTI_LAYER);
    }

    public static void assertNoErrors(ComputationGraphConfiguration configuration) {
        assertNoErrors(configuration, LintOptions.defaults());
    }

    public static void assertNoErrors(ComputationGraphConfiguration configuration, LintOptions options) {
        check(Netlint.lint(configuration, options), "the " + Netlint.GRAPH);
    }

    public static void assertNoErrors(Path file) {
        assertNoErrors(file, LintOptions.defaults());
    }

    public static void assertNoErrors(Path file, LintOptions options) {
        check(Netlint.lint(file, options), file.toString());
    }

    private static void check(List<Finding> findings, String subject) {
        List<Finding> errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
        if (!errors.isEmpty()) {
            throw new AssertionError(describe(errors, subject));
        }
    }

    /** One line a finding, without the JSON position: a configuration built in code has no file to point into. */
    static String describe(List<Finding> errors, String subject) {
        StringBuilder text = new StringBuilder("netlint found ").append(errors.size())
                .append(errors.size() == 1 ? " error in " : " errors in ").append(subject).append(':');
        for (Finding error : errors) {
            text.append(System.lineSeparator()).append("  ").append(error.ruleId()).append(' ')
                    .append(error.element().isEmpty() ? "" : "layer '" + error.element() + "': ")
                    .append(error.problem());
            if (!error.cost().isEmpty()) {
                text.append("; ").append(error.cost());
            }
            if (!error.fix().isEmpty()) {
                text.append(". Fix: ").append(error.fix());
            }
        }
        return text.toString();
    }
}
