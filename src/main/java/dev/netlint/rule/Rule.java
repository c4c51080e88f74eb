package dev.netlint.rule;

import dev.netlint.model.ModelFile;
import dev.netlint.model.Network;

/**
 * One concern about a model. Implementations are annotated with {@link RuleInfo}, read only the neutral model and
 * report through the context; they never parse files or decide severities. Most judge each network; a rule about
 * the file itself (what its reader recorded: a trailing value, an unexpected archive entry) judges the
 * {@link ModelFile} instead. The engine calls both on every rule.
 */
public interface Rule {

    /** Checks one network of a file. */
    default void check(Network network, RuleContext context) {
    }

    /** Checks a file as a whole, once, before its networks. */
    default void check(ModelFile file, RuleContext context) {
    }

    /** The rule's declared metadata (read from its {@link RuleInfo} once per class: the engine asks per network). */
    default RuleMeta meta() {
        return RuleMeta.of(getClass());
    }
}
