package dev.netlint.read;

import dev.netlint.model.ReadFact.ArchiveEntry.Problem;
import dev.netlint.model.ReadFact;

import java.util.ArrayList;
import java.util.List;

/**
 * The entries a model archive format defines; anything else is recorded as a fact, never read.
 *
 * @param format      the format's name in messages ({@code DL4J ModelSerializer})
 * @param configEntry the entry holding the configuration, which makes a zip this format's archive
 * @param names       every entry name the format defines
 * @param folders     folders whose entries the format defines ({@code assets/})
 * @param alternatives entries of which a loader takes one only, so that holding two is reported
 */
public record ArchiveLayout(String format, String configEntry, List<String> names, List<String> folders,
                            List<String> alternatives) {

    public ArchiveLayout {
        names = List.copyOf(names);
        folders = List.copyOf(folders);
        alternatives = List.copyOf(alternatives);
    }

    List<ReadFact> unexpectedEntries(List<ZipArchive.Entry> entries) {
        List<ReadFact> facts = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        List<String> alternativesSeen = new ArrayList<>();
        for (ZipArchive.Entry entry : entries) {
            String name = entry.name();
            String shown = ZipArchive.printable(name);
            if (seen.contains(name)) {
                facts.add(new ReadFact.ArchiveEntry(shown, format, Problem.REPEATED, ""));
                continue;
            }
            seen.add(name);
            if (alternatives.contains(name)) {
                alternativesSeen.add(name);
            }
            boolean defined = names.contains(name) || folders.stream().anyMatch(name::startsWith)
                    || folders.contains(name + "/");
            if (!defined) {
                facts.add(new ReadFact.ArchiveEntry(shown, format, Problem.UNDEFINED, ""));
            }
        }
        if (alternativesSeen.size() > 1) {
            String loaded = alternatives.stream().filter(alternativesSeen::contains).findFirst().orElseThrow();
            String other = alternatives.stream().filter(alternativesSeen::contains).skip(1).findFirst().orElseThrow();
            facts.add(new ReadFact.ArchiveEntry(other, format, Problem.ALTERNATIVE, loaded));
        }
        return facts;
    }
}
