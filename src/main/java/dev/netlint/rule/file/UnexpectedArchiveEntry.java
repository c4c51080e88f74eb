package dev.netlint.rule.file;

import dev.netlint.model.ModelFile;
import dev.netlint.model.ReadFact;
import dev.netlint.model.Severity;
import dev.netlint.rule.Rule;
import dev.netlint.rule.RuleContext;
import dev.netlint.rule.RuleInfo;

@RuleInfo(id = "NL903", name = "unexpected-archive-entry", severity = Severity.WARNING,
        summary = "Model archive with an entry its format does not define, or with an entry twice")
public final class UnexpectedArchiveEntry implements Rule {

    private static final String FIX = "rebuild the archive with model.save() or ModelSerializer.writeModel and find "
            + "out where the entry came from; netlint never reads or runs it";

    @Override
    public void check(ModelFile file, RuleContext context) {
        for (ReadFact.ArchiveEntry entry : file.facts(ReadFact.ArchiveEntry.class)) {
            String name = entry.entry();
            switch (entry.problem()) {
                case REPEATED -> context.reportOnArchive(name,
                        "entry '" + name + "' appears twice in the " + entry.format() + " archive",
                        "tools disagree on which copy they load (Python's zipfile and Keras take the last one, "
                                + "an unzip tool shows the first), so a reviewed entry can hide another", FIX);
                case UNDEFINED -> context.reportOnArchive(name,
                        "entry '" + name + "' is not part of the " + entry.format() + " format",
                        "no loader needs it, and an extra entry is where a payload hides; a loader or a "
                                + "tool built on the archive may still open it", FIX);
                case ALTERNATIVE -> context.reportOnArchive(name,
                        "the " + entry.format() + " archive holds both " + entry.other() + " and " + name,
                        entry.format() + " loads the " + extension(entry.other()) + " one, while a tool that lists "
                                + "the archive may trust the other; a " + extension(name) + " can hold pickled "
                                + "objects, which run code when loaded", FIX);
                default -> throw new IllegalStateException(entry.problem().name());
            }
        }
    }

    private static String extension(String name) {
        return name.substring(name.lastIndexOf('.'));
    }
}
