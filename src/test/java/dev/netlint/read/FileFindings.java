package dev.netlint.read;

import dev.netlint.model.Finding;
import dev.netlint.model.Origin;
import dev.netlint.rule.Rule;
import dev.netlint.rule.RuleContext;
import dev.netlint.rule.RuleRegistry;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What the registered file rules make of a read's facts, for tests that read one file without the engine. */
public final class FileFindings {

    private FileFindings() {
    }

    public static List<Finding> of(ReadOutcome.Models models) {
        List<Finding> findings = new ArrayList<>();
        Origin origin = Origin.shownAs("model").withEntry(models.entry());
        for (Rule rule : RuleRegistry.rules()) {
            RuleContext context = new RuleContext(rule.meta().id(), rule.meta().severity(), origin, Optional.empty(),
                    false, findings);
            rule.check(models.file(), context);
        }
        return findings;
    }
}
