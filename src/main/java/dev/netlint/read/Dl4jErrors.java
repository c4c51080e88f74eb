package dev.netlint.read;

import dev.netlint.model.SourceLocation;
import org.nd4j.shade.jackson.databind.JsonMappingException;

/** Turns DL4J's deserialisation failures into one line and, where Jackson recorded it, a position. */
final class Dl4jErrors {

    private Dl4jErrors() {
    }

    static String describe(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root instanceof JsonMappingException mapping ? mapping.getOriginalMessage()
                : root.getMessage();
        if (message == null || message.isBlank()) {
            message = root.getClass().getSimpleName();
        }
        return firstLine(message);
    }

    /** The element Jackson was reading when DL4J failed, located in the original bytes. */
    static SourceLocation location(Throwable error, JsonLocations locations) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
                StringBuilder pointer = new StringBuilder();
                for (JsonMappingException.Reference ref : mapping.getPath()) {
                    pointer.append('/');
                    pointer.append(ref.getFieldName() != null ? JsonLocations.escape(ref.getFieldName())
                            : String.valueOf(ref.getIndex()));
                }
                return locations.at(pointer.toString());
            }
        }
        return locations.at("");
    }

    static String firstLine(String message) {
        String line = message.strip();
        int newline = line.indexOf('\n');
        if (newline >= 0) {
            line = line.substring(0, newline).strip();
        }
        return line.length() > 300 ? line.substring(0, 297) + "..." : line;
    }
}
