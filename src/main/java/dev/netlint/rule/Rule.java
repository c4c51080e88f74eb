package dev.netlint.rule;

import dev.netlint.model.Network;

/**
 * One concern about a network. Implementations are annotated with {@link RuleInfo}, read only the neutral model and
 * report through the context; they never parse files or decide severities.
 */
public interface Rule {

    void check(Network network, RuleContext context);

    default RuleMeta meta() {
        RuleInfo info = getClass().getAnnotation(RuleInfo.class);
        if (info == null) {
            throw new IllegalStateException(getClass().getName() + " lacks @RuleInfo");
        }
        return RuleMeta.of(info);
    }
}
