package dev.netlint.model;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Where a finding comes from: the file as the file system names it, how the project shows it, and the part of the
 * file the positions refer to. Reports, annotations and the cache take the file from here, never by taking a
 * display string apart (a directory may be named {@code models!} or {@code net.zip!}).
 *
 * @param file    the file as read (absolute once the engine has it); kept as a path, so that a name with control
 *                characters still points at the real file
 * @param display the file relative to the project directory, forward slashes, as the file system spells it (not
 *                escaped: only its printing is, see {@link #shown()})
 * @param entry   the archive entry or HDF5 attribute the positions are in; empty for the file itself. Read from the
 *                file, so already {@link Text#printable printable}
 */
public record Origin(Path file, String display, String entry) {

    /** How findings name an entry of an archive: {@code models/net.zip!/configuration.json}. */
    public static final String ENTRY_SEPARATOR = "!/";

    public Origin {
        display = display.replace('\\', '/');
        entry = Text.printable(entry, 1000);
    }

    /** The file itself. */
    public static Origin of(Path file, String display) {
        return new Origin(file, display, "");
    }

    /**
     * A file known only by how the project shows it (a configuration file such as the suppressions file, relative
     * to the project directory).
     */
    public static Origin shownAs(String display) {
        Path file;
        try {
            file = Path.of(display);
        } catch (InvalidPathException e) {
            file = Path.of("");
        }
        return new Origin(file, display, "");
    }

    public Origin withEntry(String value) {
        return new Origin(file, display, value);
    }

    /** The file itself, without the entry (what the reader says about the archive as a whole). */
    public Origin wholeFile() {
        return entry.isEmpty() ? this : new Origin(file, display, "");
    }

    /** The printable name of the file and entry, as console lines and baselines show it: {@code net.zip!/conf.json}. */
    public String shown() {
        String path = Text.printable(display, 1000);
        return entry.isEmpty() ? path : path + ENTRY_SEPARATOR + entry;
    }
}
