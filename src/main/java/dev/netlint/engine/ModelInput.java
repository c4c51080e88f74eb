package dev.netlint.engine;

import dev.netlint.model.LabelDeclaration;
import dev.netlint.model.Origin;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One file to lint.
 *
 * @param path        where to read it
 * @param displayPath how findings name it (relative to the project, forward slashes)
 * @param labels      the user's label declaration for it, if any
 * @param listed      true when the user named the file explicitly: then it must be a model
 * @param inputScaling true when the user declares that training scaled the inputs outside the model
 */
public record ModelInput(Path path, String displayPath, Optional<LabelDeclaration> labels, boolean listed,
                         boolean inputScaling) {

    public ModelInput(Path path, String displayPath, Optional<LabelDeclaration> labels, boolean listed) {
        this(path, displayPath, labels, listed, false);
    }

    /** The file as findings point at it. */
    public Origin origin() {
        return Origin.of(path, displayPath);
    }
}
