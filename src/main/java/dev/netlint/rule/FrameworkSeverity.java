package dev.netlint.rule;

import dev.netlint.model.Framework;
import dev.netlint.model.Severity;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A rule's default severity for one framework, where that framework computes differently and its measurement
 * differs (Keras' categorical_crossentropy normalises the outputs, DL4J's MCXENT does not). Declared inside
 * {@link RuleInfo#byFramework()}; the user's {@code <checks>} entry for the rule still wins.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({})
public @interface FrameworkSeverity {

    Framework framework();

    Severity severity();
}
