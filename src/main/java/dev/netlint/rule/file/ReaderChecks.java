package dev.netlint.rule.file;

import dev.netlint.rule.RuleMeta;

/**
 * The two ids the engine reports under itself rather than through a rule's check: a file it cannot read (NL000)
 * and a suppression that matches nothing (NL004). Declared by their rule classes like every rule.
 */
public final class ReaderChecks {

    public static final RuleMeta UNREADABLE = RuleMeta.of(UnreadableModel.class);

    public static final RuleMeta STALE_SUPPRESSION = RuleMeta.of(StaleSuppression.class);

    private ReaderChecks() {
    }
}
