package dev.netlint.rule;

import dev.netlint.model.Network;

/**
 * One concern about a network. Implementations are annotated with {@link RuleInfo}, read only the neutral model and
 * report through the context; they never parse files or decide severities.
 */
public interface Rule {

    void check(Network network, RuleContext context);

    /** The rule's declared metadata (read from its {@link RuleInfo} once per class: the engine asks per network). */
    default RuleMeta meta() {
        return RuleMeta.of(getClass());
    }
}
