package dev.netlint.model;

/**
 * Where an element of a model file starts: 1-based line and column, and the RFC 6901 JSON pointer of the element.
 * Line and column stay meaningful after a reformat only approximately; the pointer is the stable key.
 */
public record SourceLocation(int line, int column, String pointer) {

    public static final SourceLocation START_OF_FILE = new SourceLocation(1, 1, "");

    public String lineColumn() {
        return "[" + line + "," + column + "]";
    }
}
