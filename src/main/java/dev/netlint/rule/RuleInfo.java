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

    Severity severity();

    /** One line, no final period. */
    String summary();
}
