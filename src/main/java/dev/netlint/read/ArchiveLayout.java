package dev.netlint.read;

import dev.netlint.model.SourceLocation;

import java.util.ArrayList;
import java.util.List;

/**
 * The entries a model archive format defines; anything else is reported (NL903), never read.
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

    List<ReadNote> unexpectedEntries(List<ZipArchive.Entry> entries) {
        List<ReadNote> notes = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        List<String> alternativesSeen = new ArrayList<>();
        for (ZipArchive.Entry entry : entries) {
            String name = entry.name();
            String shown = ZipArchive.printable(name);
            if (seen.contains(name)) {
                notes.add(note(shown, "entry '" + shown + "' appears twice in the " + format + " archive",
                        "tools disagree on which copy they load (Python's zipfile and Keras take the last one, "
                                + "an unzip tool shows the first), so a reviewed entry can hide another"));
                continue;
            }
            seen.add(name);
            if (alternatives.contains(name)) {
                alternativesSeen.add(name);
            }
            boolean defined = names.contains(name) || folders.stream().anyMatch(name::startsWith)
                    || folders.contains(name + "/");
            if (!defined) {
                notes.add(note(shown, "entry '" + shown + "' is not part of the " + format + " format",
                        "no loader needs it, and an extra entry is where a payload hides; a loader or a "
                                + "tool built on the archive may still open it"));
            }
        }
        if (alternativesSeen.size() > 1) {
            String loaded = alternatives.stream().filter(alternativesSeen::contains).findFirst().orElseThrow();
            String other = alternatives.stream().filter(alternativesSeen::contains).skip(1).findFirst().orElseThrow();
            notes.add(note(other, "the " + format + " archive holds both " + loaded + " and " + other,
                    format + " loads the " + extension(loaded) + " one, while a tool that lists the archive may "
                            + "trust the other; a " + extension(other) + " can hold pickled objects, which run code "
                            + "when loaded"));
        }
        return notes;
    }

    private static String extension(String name) {
        return name.substring(name.lastIndexOf('.'));
    }

    private static ReadNote note(String element, String problem, String cost) {
        return new ReadNote("NL903", SourceLocation.START_OF_FILE, element, problem, cost,
                "rebuild the archive with model.save() or ModelSerializer.writeModel and find out where the "
                        + "entry came from; netlint never reads or runs it", true);
    }
}
