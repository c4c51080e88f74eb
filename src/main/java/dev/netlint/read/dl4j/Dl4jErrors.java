package dev.netlint.read.dl4j;

import dev.netlint.model.SourceLocation;
import dev.netlint.read.JsonLocations;
import org.nd4j.shade.jackson.databind.JsonMappingException;

/** Turns DL4J's deserialisation failures into one line and, where Jackson recorded it, a position. */
public final class Dl4jErrors {

    private Dl4jErrors() {
    }

    public static String describe(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root instanceof JsonMappingException mapping ? mapping.getOriginalMessage()
                : root.getMessage();
        if (root instanceof ClassCastException && message != null) {
            java.util.regex.Matcher cast = java.util.regex.Pattern
                    .compile("node\\.(\\w+) cannot be cast to class [\\w.]*node\\.(\\w+)").matcher(message);
            if (cast.find()) {
                return "a JSON " + jsonType(cast.group(1)) + " where DL4J expects a JSON " + jsonType(cast.group(2));
            }
            return "a value of the wrong JSON type (" + root.getClass().getSimpleName() + ")";
        }
        if (root instanceof NullPointerException) {
            java.util.regex.Matcher missing = java.util.regex.Pattern.compile("because \"([^\"]+)\" is null")
                    .matcher(String.valueOf(message));
            return "a member DL4J needs is missing or null" + (missing.find() ? " (" + missing.group(1) + ")" : "");
        }
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

    private static String jsonType(String nodeClass) {
        return switch (nodeClass) {
            case "TextNode" -> "string";
            case "ObjectNode" -> "object";
            case "ArrayNode" -> "array";
            case "BooleanNode" -> "boolean";
            case "NullNode", "MissingNode" -> "null";
            default -> nodeClass.endsWith("Node") ? "number" : nodeClass;
        };
    }

    public static String firstLine(String message) {
        String line = message.strip();
        int newline = line.indexOf('\n');
        if (newline >= 0) {
            line = line.substring(0, newline).strip();
        }
        return line.length() > 300 ? line.substring(0, 297) + "..." : line;
    }
}
