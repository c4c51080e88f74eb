package dev.netlint.model;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the user declares about one model's labels.
 *
 * @param mode    how the labels are encoded
 * @param classes number of classes, where the mode has classes
 * @param output  the output the declaration is about, by layer name; empty for every output
 */
public record LabelDeclaration(LabelMode mode, OptionalInt classes, Optional<String> output) {

    public LabelDeclaration(LabelMode mode, OptionalInt classes) {
        this(mode, classes, Optional.empty());
    }

    /** True when the declaration speaks about the output layer with this name. */
    public boolean appliesTo(String outputName) {
        return output.map(outputName::equals).orElse(true);
    }
}
