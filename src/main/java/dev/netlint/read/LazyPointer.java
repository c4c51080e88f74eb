package dev.netlint.read;

/**
 * A JSON pointer (RFC 6901) kept as a parent and a last segment, so that the many pointers a walk over a
 * configuration passes along cost one small object each, and text only for the few that end up in a message.
 */
public final class LazyPointer {

    public static final LazyPointer ROOT = new LazyPointer(null, null);

    private final LazyPointer parent;
    private final String segment;
    private String text;

    private LazyPointer(LazyPointer parent, String segment) {
        this.parent = parent;
        this.segment = segment;
    }

    /** The pointer {@code text} names ({@code ""} or {@code /a/b~1c}). */
    public static LazyPointer parse(String text) {
        LazyPointer pointer = ROOT;
        if (text.isEmpty()) {
            return pointer;
        }
        for (String segment : text.substring(1).split("/", -1)) {
            pointer = pointer.child(JsonLocations.unescape(segment));
        }
        return pointer;
    }

    /** The pointer to the member or element {@code segment} (unescaped) of this one. */
    public LazyPointer child(String segment) {
        return new LazyPointer(this, segment);
    }

    /** The last segment, unescaped; empty for the root. */
    public String lastSegment() {
        return segment == null ? "" : segment;
    }

    @Override
    public String toString() {
        if (text == null) {
            text = parent == null ? "" : parent + "/" + JsonLocations.escape(segment);
        }
        return text;
    }
}
