package dev.netlint.rule.file;

import dev.netlint.model.ModelFile;
import dev.netlint.model.ReadFact;
import dev.netlint.model.Severity;
import dev.netlint.rule.Rule;
import dev.netlint.rule.RuleContext;
import dev.netlint.rule.RuleInfo;

import java.util.ArrayList;
import java.util.List;

@RuleInfo(id = "NL903", name = "unexpected-archive-entry", severity = Severity.WARNING,
        summary = "Model archive with an entry its format does not define (one finding per archive)")
public final class UnexpectedArchiveEntry implements Rule {

    private static final String FIX = "rebuild the archive with model.save() or ModelSerializer.writeModel and find "
            + "out where the entry came from; netlint never reads or runs it";

    /** How many names one finding quotes: an archive with thousands of extra entries still gets one short line. */
    static final int NAMES_SHOWN = 3;

    @Override
    public void check(ModelFile file, RuleContext context) {
        List<ReadFact.ArchiveEntry> undefined = new ArrayList<>();
        for (ReadFact.ArchiveEntry entry : file.facts(ReadFact.ArchiveEntry.class)) {
            String name = entry.entry();
            switch (entry.problem()) {
                case REPEATED -> context.reportOnArchive(name,
                        "entry '" + name + "' appears twice in the " + entry.format() + " archive",
                        "tools disagree on which copy they load (Python's zipfile and Keras take the last one, "
                                + "an unzip tool shows the first), so a reviewed entry can hide another", FIX);
                case UNDEFINED -> undefined.add(entry);
                case ALTERNATIVE -> context.reportOnArchive(name,
                        "the " + entry.format() + " archive holds both " + entry.other() + " and " + name,
                        entry.format() + " loads the " + extension(entry.other()) + " one, while a tool that lists "
                                + "the archive may trust the other; a " + extension(name) + " can hold pickled "
                                + "objects, which run code when loaded", FIX);
                default -> throw new IllegalStateException(entry.problem().name());
            }
        }
        if (!undefined.isEmpty()) {
            reportUndefined(undefined, context);
        }
    }

    /** One finding per archive, however many entries it adds (9,000 extra entries must not print 9,000 lines). */
    private static void reportUndefined(List<ReadFact.ArchiveEntry> undefined, RuleContext context) {
        String first = undefined.get(0).entry();
        String format = undefined.get(0).format();
        String problem;
        if (undefined.size() == 1) {
            problem = "entry '" + first + "' is not part of the " + format + " format";
        } else {
            List<String> shown = undefined.stream().limit(NAMES_SHOWN).map(e -> "'" + e.entry() + "'").toList();
            int more = undefined.size() - shown.size();
            problem = undefined.size() + " entries are not part of the " + format + " format: "
                    + String.join(", ", shown) + (more == 0 ? "" : " and " + more + " more");
        }
        context.reportOnArchive(first, problem, "no loader needs " + (undefined.size() == 1 ? "it" : "them")
                + ", and an extra entry is where a payload hides; a loader or a tool built on the archive may still "
                + "open it", FIX);
    }

    private static String extension(String name) {
        return name.substring(name.lastIndexOf('.'));
    }
}
