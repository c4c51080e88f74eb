package dev.netlint.engine;

import dev.netlint.model.Severity;
import dev.netlint.rule.file.ReaderChecks;

/**
 * Whether a run fails the build: findings at or above {@code threshold} count as violations, and more than
 * {@code maxAllowed} of them fail it (maven-pmd-plugin's model). Unreadable model files (NL000) are judged apart:
 * with {@code failOnReadError} any one fails the build, without it none does.
 */
public record Verdict(long violations, Severity threshold, int maxAllowed, boolean failOnViolation, long readErrors,
                      boolean failOnReadError) {

    public Verdict(long violations, Severity threshold, int maxAllowed, boolean failOnViolation) {
        this(violations, threshold, maxAllowed, failOnViolation, 0, true);
    }

    public static Verdict of(LintResult result, Severity threshold, int maxAllowed, boolean failOnViolation) {
        return of(result, threshold, maxAllowed, failOnViolation, true);
    }

    public static Verdict of(LintResult result, Severity threshold, int maxAllowed, boolean failOnViolation,
                             boolean failOnReadError) {
        String unreadable = ReaderChecks.UNREADABLE.id();
        long readErrors = result.findings().stream().filter(f -> f.ruleId().equals(unreadable)).count();
        long violations = result.findings().stream()
                .filter(f -> !f.ruleId().equals(unreadable) && f.severity().atLeast(threshold)).count();
        return new Verdict(violations, threshold, maxAllowed, failOnViolation, readErrors, failOnReadError);
    }

    public boolean fails() {
        return failOnViolation && violations > maxAllowed || failOnReadError && readErrors > 0;
    }

    public String describe() {
        String text = violations + " finding" + (violations == 1 ? "" : "s") + " at or above " + threshold.label()
                + " (" + maxAllowed + " allowed)";
        if (readErrors > 0) {
            text += " and " + readErrors + " unreadable model file" + (readErrors == 1 ? "" : "s")
                    + (failOnReadError ? " (failOnReadError)" : " (failOnReadError is false)");
        }
        return text;
    }
}
