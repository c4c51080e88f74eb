package dev.netlint.rule.file;

import dev.netlint.model.Severity;
import dev.netlint.rule.Rule;
import dev.netlint.rule.RuleInfo;

/**
 * Declares NL000. Its check is the reading itself: the engine reports a file it cannot read (or gave up on) under
 * this id, because there is no model for a check to look at. The class exists so that the id is documented,
 * listed and configurable like every rule, from one declaration.
 */
@RuleInfo(id = "NL000", name = "unreadable-model", severity = Severity.ERROR,
        summary = "A model file cannot be read: malformed, unsupported or unsafe content")
public final class UnreadableModel implements Rule {
}
