package dev.netlint.engine;

import dev.netlint.model.Severity;

/**
 * Whether a run fails the build: findings at or above {@code threshold} count as violations, and more than
 * {@code maxAllowed} of them fail it (maven-pmd-plugin's model).
 */
public record Verdict(long violations, Severity threshold, int maxAllowed, boolean failOnViolation) {

    public static Verdict of(LintResult result, Severity threshold, int maxAllowed, boolean failOnViolation) {
        return new Verdict(result.countAtLeast(threshold), threshold, maxAllowed, failOnViolation);
    }

    public boolean fails() {
        return failOnViolation && violations > maxAllowed;
    }

    public String describe() {
        return violations + " finding" + (violations == 1 ? "" : "s") + " at or above " + threshold.label()
                + " (" + maxAllowed + " allowed)";
    }
}
