package dev.netlint.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.netlint.model.SourceLocation;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Line and column of every element of a JSON document, keyed by JSON pointer. DL4J's deserialised objects carry no
 * positions, so one streaming pass over the same bytes supplies them. A member is located at its key, an array
 * element at its first character: that is where a reader's eye lands.
 */
public final class JsonLocations {

    private final Map<String, SourceLocation> byPointer;
    private final Optional<SourceLocation> trailingValue;

    private JsonLocations(Map<String, SourceLocation> byPointer, Optional<SourceLocation> trailingValue) {
        this.byPointer = byPointer;
        this.trailingValue = trailingValue;
    }

    /** Every element at one position: for JSON decoded from a string, whose inner positions mean nothing here. */
    public static JsonLocations flat(SourceLocation at) {
        return new JsonLocations(Map.of("", at), Optional.empty());
    }

    /**
     * Scans the first JSON value in {@code json}. Malformed JSON raises the parser's exception, which carries the
     * position of the fault.
     */
    public static JsonLocations scan(JsonFactory factory, byte[] json) throws IOException {
        Map<String, SourceLocation> locations = new HashMap<>();
        try (JsonParser parser = factory.createParser(json)) {
            Deque<Frame> stack = new ArrayDeque<>();
            JsonToken token = parser.nextToken();
            if (token == null) {
                return new JsonLocations(locations, Optional.empty());
            }
            locations.put("", at(parser.currentTokenLocation(), ""));
            do {
                switch (token) {
                    case FIELD_NAME -> {
                        Frame frame = stack.peek();
                        String pointer = frame.pointer + "/" + escape(parser.currentName());
                        locations.put(pointer, at(parser.currentTokenLocation(), pointer));
                        frame.pendingChild = pointer;
                    }
                    case START_OBJECT, START_ARRAY -> {
                        String pointer = valuePointer(stack, parser);
                        locations.putIfAbsent(pointer, at(parser.currentTokenLocation(), pointer));
                        stack.push(new Frame(pointer, token == JsonToken.START_ARRAY));
                    }
                    case END_OBJECT, END_ARRAY -> stack.pop();
                    default -> valuePointer(stack, parser);
                }
                if (stack.isEmpty()) {
                    break;
                }
                token = parser.nextToken();
            } while (token != null);
            return new JsonLocations(locations, trailingValue(parser));
        }
    }

    /** Location of the element at {@code pointer}, or of its nearest located ancestor. */
    public SourceLocation at(String pointer) {
        String p = pointer;
        while (true) {
            SourceLocation found = byPointer.get(p);
            if (found != null) {
                return found.pointer().equals(pointer) ? found
                        : new SourceLocation(found.line(), found.column(), pointer);
            }
            if (p.isEmpty()) {
                return new SourceLocation(1, 1, pointer);
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }

    public boolean has(String pointer) {
        return byPointer.containsKey(pointer);
    }

    /** Start of a second top-level value after the first one, which DL4J would silently ignore. */
    public Optional<SourceLocation> trailingValue() {
        return trailingValue;
    }

    public static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    private static Optional<SourceLocation> trailingValue(JsonParser parser) throws IOException {
        JsonToken next = parser.nextToken();
        return next == null ? Optional.empty() : Optional.of(at(parser.currentTokenLocation(), ""));
    }

    private static String valuePointer(Deque<Frame> stack, JsonParser parser) {
        Frame frame = stack.peek();
        if (frame == null) {
            return "";
        }
        if (frame.array) {
            String pointer = frame.pointer + "/" + frame.nextIndex++;
            frame.pendingChild = pointer;
            return pointer;
        }
        return frame.pendingChild;
    }

    private static SourceLocation at(JsonLocation location, String pointer) {
        return new SourceLocation(location.getLineNr(), location.getColumnNr(), pointer);
    }

    private static final class Frame {
        final String pointer;
        final boolean array;
        int nextIndex;
        String pendingChild;

        Frame(String pointer, boolean array) {
            this.pointer = pointer;
            this.array = array;
        }
    }
}
