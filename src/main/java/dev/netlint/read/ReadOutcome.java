package dev.netlint.read;

import dev.netlint.model.ModelFile;
import dev.netlint.model.Network;
import dev.netlint.model.ReadFact;

import java.util.List;

/** What reading one file produced. */
public sealed interface ReadOutcome {

    /**
     * The file is a model: its networks, and the facts the reader recorded about the file on the way. {@code entry}
     * names the archive entry the positions refer to, or is empty for a plain file.
     */
    record Models(String format, String entry, List<Network> networks, List<ReadFact> facts) implements ReadOutcome {
        public Models {
            networks = List.copyOf(networks);
            facts = List.copyOf(facts);
        }

        /** What file rules check. */
        public ModelFile file() {
            return new ModelFile(format, networks, facts);
        }
    }

    /** The file is readable but holds no model configuration netlint knows (a label map, a settings file...). */
    record NotAModel(String reason) implements ReadOutcome {
    }
}
