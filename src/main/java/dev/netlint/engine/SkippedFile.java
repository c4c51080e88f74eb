package dev.netlint.engine;

import dev.netlint.model.Origin;

/**
 * A file found under a source directory that was passed over because it holds no model.
 *
 * @param origin the file
 * @param reason why it is no model, as the reader says it
 */
public record SkippedFile(Origin origin, String reason) {

    /** The line the debug log shows: {@code path: reason}. */
    public String line() {
        return origin.shown() + ": " + reason;
    }
}
