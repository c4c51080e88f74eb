package dev.netlint.read;

import dev.netlint.model.SourceLocation;

/** A model file that cannot be read: one line saying what was expected, and where. */
public final class ReadException extends Exception {

    private final SourceLocation location;

    public ReadException(SourceLocation location, String message) {
        super(message);
        this.location = location;
    }

    public ReadException(SourceLocation location, String message, Throwable cause) {
        super(message, cause);
        this.location = location;
    }

    public SourceLocation location() {
        return location;
    }
}
