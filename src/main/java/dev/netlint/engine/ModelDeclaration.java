package dev.netlint.engine;

import dev.netlint.model.LabelDeclaration;

/**
 * The user's statement about one model file or a glob of them.
 *
 * @param file   path or glob relative to the project base directory
 * @param labels what the labels look like
 */
public record ModelDeclaration(String file, LabelDeclaration labels) {

    public boolean isGlob() {
        return file.contains("*") || file.contains("?") || file.contains("[") || file.contains("{");
    }
}
