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

    /**
     * A class of the project's own (or of another framework version) in a part that is not a layer: a loss, an
     * activation, an updater... read without loading it.
     *
     * @param element          the layer or vertex it belongs to, empty when none
     * @param noun             the part's role, as the framework names it ({@code loss function})
     * @param className        the class, printable
     * @param frameworkPackage true when the class is in the framework's own packages (a newer or patched version)
     * @param member           the member holding it, as the file names it
     * @param otherUses        further uses of the same class in the file
     * @param skipped          the checks that could not run without it
     */
    record CustomPart(SourceLocation location, String element, String noun, String className,
                      boolean frameworkPackage, String member, int otherUses, String skipped) implements ReadFact {
    }

    /**
     * The framework's own shape inference, run on what the file holds, refused a layer: the framework would refuse
     * the network too, at initialisation or on the first batch.
     *
     * @param message the framework's own words, shortened to what says what is wrong
     */
    record ShapeRefused(SourceLocation location, String layer, String message) implements ReadFact {
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
     * A Keras 3 {@code __lambda__} (serialized Python bytecode) used as a member of another object.
     *
     * @param owner  the layer or object it belongs to, empty when none
     * @param member the member it is used as
     */
    record EmbeddedLambda(SourceLocation location, String owner, String member) implements ReadFact {
    }

    /**
     * A class referenced from a Python module outside the framework, which loading the model imports and calls.
     *
     * @param dangerous the module is a standard-library one that runs commands, evaluates text or reaches files
     */
    record ForeignModule(SourceLocation location, String element, String module, String className,
                         boolean dangerous) implements ReadFact {
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
