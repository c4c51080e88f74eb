package dev.netlint.rule.file;

import dev.netlint.model.ModelFile;
import dev.netlint.model.ReadFact;
import dev.netlint.model.Severity;
import dev.netlint.rule.Rule;
import dev.netlint.rule.RuleContext;
import dev.netlint.rule.RuleInfo;

@RuleInfo(id = "NL001", name = "trailing-json-value", severity = Severity.WARNING,
        summary = "A second JSON value after the configuration, which DL4J silently ignores")
public final class TrailingJsonValue implements Rule {

    @Override
    public void check(ModelFile file, RuleContext context) {
        for (ReadFact.IgnoredTrailingValue trailing : file.facts(ReadFact.IgnoredTrailingValue.class)) {
            context.report(trailing.location(), "", "a second JSON value follows the " + trailing.configuration(),
                    "DL4J reads only the first one and silently ignores this one", "keep one configuration per file");
        }
    }
}
