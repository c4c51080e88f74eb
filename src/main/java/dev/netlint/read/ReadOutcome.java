package dev.netlint.read;

import dev.netlint.model.Network;

import java.util.List;

/** What reading one file produced. */
public sealed interface ReadOutcome {

    /**
     * The file is a model: its networks, and what the reader noticed on the way. {@code entry} names the archive
     * entry the positions refer to, or is empty for a plain file.
     */
    record Models(String format, String entry, List<Network> networks, List<ReadNote> notes) implements ReadOutcome {
        public Models {
            networks = List.copyOf(networks);
            notes = List.copyOf(notes);
        }
    }

    /** The file is readable but holds no model configuration netlint knows (a label map, a settings file...). */
    record NotAModel(String reason) implements ReadOutcome {
    }
}
