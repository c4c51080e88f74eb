package dev.netlint.model;

import java.util.List;

/**
 * A model file as read: its networks and the facts its reader recorded about the file itself, which file rules
 * judge as network rules judge a {@link Network}.
 *
 * @param format the file's format, in the framework's words
 */
public record ModelFile(String format, List<Network> networks, List<ReadFact> facts) {

    public ModelFile {
        networks = List.copyOf(networks);
        facts = List.copyOf(facts);
    }

    /** The facts of one kind, in the order the reader recorded them. */
    public <T extends ReadFact> List<T> facts(Class<T> kind) {
        return facts.stream().filter(kind::isInstance).map(kind::cast).toList();
    }
}
