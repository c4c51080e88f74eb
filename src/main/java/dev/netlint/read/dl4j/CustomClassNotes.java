package dev.netlint.read.dl4j;

import dev.netlint.read.JsonLocations;
import dev.netlint.read.ReadNote;
import dev.netlint.read.ZipArchive;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One note per class of the project's own that a DL4J file names outside its layers and vertices (those are NL002's):
 * what it is, where it first appears, and which checks could not run because netlint does not load it.
 */
final class CustomClassNotes {

    /** The reader check the notes are reported under. */
    static final String RULE_ID = "NL005";

    private CustomClassNotes() {
    }

    /**
     * @param owner          the layer or vertex a part belongs to, by name; empty when it belongs to none
     * @param inDl4jPackages true for a class in DL4J's or ND4J's own packages (then not the project's own, but a
     *                       class of another DL4J version)
     */
    static List<ReadNote> of(List<CustomClass> parts, Function<CustomClass, String> owner, JsonLocations locations,
                             Predicate<String> inDl4jPackages) {
        Map<String, List<CustomClass>> byClass = new LinkedHashMap<>();
        for (CustomClass part : parts) {
            byClass.computeIfAbsent(part.className(), k -> new ArrayList<>()).add(part);
        }
        List<ReadNote> notes = new ArrayList<>();
        for (List<CustomClass> same : byClass.values()) {
            CustomClass first = same.get(0);
            String where = member(first.pointer());
            String layer = owner.apply(first);
            int others = same.size() - 1;
            notes.add(new ReadNote(RULE_ID, locations.at(first.pointer()), layer,
                    first.role().noun() + " class '" + ZipArchive.printable(first.className()) + "' is "
                            + (inDl4jPackages.test(first.className())
                            ? "not a class of DL4J 1.0.0-M2.1 (a newer or patched DL4J?)"
                            : "not a DL4J class (the project's own?)")
                            + "; netlint read the file without loading it ("
                            + where + (layer.isEmpty() ? "" : " of '" + layer + "'")
                            + (others == 0 ? "" : "; " + others + " more use" + (others == 1 ? "" : "s") + " of it")
                            + ")",
                    "it skipped " + first.role().skipped() + (others == 0 ? "" : " wherever it is used"),
                    "nothing to do if the class is yours: every other check ran"));
        }
        return notes;
    }

    /** The member holding the class, as the file names it ({@code lossFn}, {@code inputPreProcessors/0}). */
    private static String member(String pointer) {
        int slash = pointer.lastIndexOf('/');
        String last = pointer.substring(slash + 1);
        if (last.matches("\\d+") && slash > 0) {
            int before = pointer.lastIndexOf('/', slash - 1);
            return pointer.substring(before + 1);
        }
        return last;
    }
}
