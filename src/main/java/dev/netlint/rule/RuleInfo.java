package dev.netlint.rule;

import dev.netlint.model.Severity;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Everything about a rule except its logic, declared once on the rule class (as Error Prone's BugPattern does).
 * The doc page is {@code docs/rules/<id>.md}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleInfo {

    /** Stable id, {@code NL} plus three digits; the first digit is the family. Never reused once published. */
    String id();

    /** Short kebab-case name, e.g. {@code softmax-single-unit}. */
    String name();

    /**
     * The default severity under the policy in docs/rules/README.md: error where the framework refuses the
     * configuration, training failed on every measured task and seed, or the file cannot be trained or served;
     * warning where training failed on some; otherwise info (a note).
     */
    Severity severity();

    /** Frameworks whose measurements give a different default than {@link #severity()}. */
    FrameworkSeverity[] byFramework() default {};

    /**
     * True when the rule is about training only (initialisers, regularisation, the optimiser, the loss): in a file
     * made for inference only ({@link dev.netlint.model.Network#inferenceOnly()}) its findings are notes.
     */
    boolean trainingOnly() default false;

    /** One line, no final period. */
    String summary();
}
