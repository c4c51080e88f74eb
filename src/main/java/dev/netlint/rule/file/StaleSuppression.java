package dev.netlint.rule.file;

import dev.netlint.model.Severity;
import dev.netlint.rule.Rule;
import dev.netlint.rule.RuleInfo;

/**
 * Declares NL004. It is about the user's suppressions, not about a model: only the engine's suppression code, which
 * sees every finding of the run, can tell that a suppression matched none, so that code reports it under this id and
 * the check here does nothing. The class exists so that the id is documented, listed and configurable like every
 * rule, from one declaration.
 */
@RuleInfo(id = "NL004", name = "stale-suppression", severity = Severity.INFO,
        summary = "A suppression that matches no finding: it hides nothing now and would hide a new finding unseen")
public final class StaleSuppression implements Rule {
}
