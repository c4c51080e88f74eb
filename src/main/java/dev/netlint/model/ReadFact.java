package dev.netlint.model;

/**
 * Something a reader noticed about a file besides its networks, recorded as a fact for file rules to judge (an
 * ignored trailing value, a class it could not model, an archive entry no format defines). Readers never decide
 * whether a fact is a finding, nor its wording beyond the file's own vocabulary.
 */
public sealed interface ReadFact {

    /**
     * A second JSON value after the configuration, which the framework ignores.
     *
     * @param configuration what the first value is, in the framework's words ({@code DL4J MultiLayerConfiguration})
     */
    record IgnoredTrailingValue(SourceLocation location, String configuration) implements ReadFact {
    }

    /**
     * A layer or vertex class the reader cannot model; it stands in the network as a gap.
     *
     * @param knownKind what the class is not one of, in the framework's words ({@code DL4J class}, {@code Keras layer})
     */
    record UnknownClass(SourceLocation location, String element, String className, String knownKind)
            implements ReadFact {
    }

    /** The file holds no loss: the architecture only, or a model compiled without one. */
    record NoTrainingConfig(SourceLocation location) implements ReadFact {
    }

    /**
     * A Keras Lambda layer holding serialized Python bytecode.
     *
     * @param field the member holding it ({@code function}, {@code output_shape}, {@code mask})
     * @param form  how it is stored, as shown to users
     */
    record LambdaBytecode(SourceLocation location, String layer, String field, String form) implements ReadFact {
    }

    /**
     * A layer holding a raw TensorFlow op definition.
     *
     * @param op the op's name, empty when it names none
     */
    record RawOpLayer(SourceLocation location, String layer, String op) implements ReadFact {
    }

    /**
     * An archive entry the archive's format does not account for; about the archive file, not a position in the
     * configuration read from it.
     *
     * @param entry   the entry's name, printable
     * @param format  the archive format in messages ({@code DL4J ModelSerializer}, {@code Keras})
     * @param problem what is wrong with it
     * @param other   for {@link Problem#ALTERNATIVE}, the entry the format's loader takes instead; else empty
     */
    record ArchiveEntry(String entry, String format, Problem problem, String other) implements ReadFact {

        public enum Problem {
            /** A second entry of the same name. */
            REPEATED,
            /** Not an entry the format defines. */
            UNDEFINED,
            /** An alternative to an entry the loader takes instead ({@code model.weights.npz} beside {@code .h5}). */
            ALTERNATIVE
        }
    }
}
