package dev.netlint.engine;

import dev.netlint.model.LabelDeclaration;

import java.util.Optional;

/**
 * The user's statement about one model file or a glob of them.
 *
 * @param file   path or glob relative to the project base directory
 * @param labels       what the labels look like, if declared
 * @param inputScaling true when training scaled the inputs outside the model (e.g. pixels by 1/255)
 */
public record ModelDeclaration(String file, Optional<LabelDeclaration> labels, boolean inputScaling) {

    public ModelDeclaration(String file, LabelDeclaration labels) {
        this(file, Optional.of(labels), false);
    }

    public boolean isGlob() {
        return file.contains("*") || file.contains("?") || file.contains("[") || file.contains("{");
    }
}
