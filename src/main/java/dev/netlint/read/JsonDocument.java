package dev.netlint.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.netlint.model.SourceLocation;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The first JSON value of a file as a Jackson tree and the position of each of its elements, from one streaming pass
 * over the bytes (reading the tree and the positions separately tokenised the file twice).
 *
 * @param root                the tree, the same as {@code ObjectMapper.readTree} gives; null when the file holds
 *                            no value, or when only the positions were asked for
 * @param locations           line and column of every element
 * @param duplicateKeys       an object names a member twice; the tree keeps the last one, as Jackson does, but a
 *                            streaming reader of the same text would see both
 * @param nonFiniteNumbers    a bare {@code NaN} or {@code Infinity} (only when the factory allows them)
 * @param marked              the objects having a watched member, in document order (see {@link #parse(JsonFactory,
 *                            byte[], Set)})
 */
public record JsonDocument(JsonNode root, JsonLocations locations, boolean duplicateKeys, boolean nonFiniteNumbers,
                           List<Marked> marked) {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** The lookup for each set of watched names (a reader has one), made once. */
    private static final java.util.Map<Set<String>, WatchedNames> WATCHED_NAMES =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * An object of the tree that has a member of one of the watched names, found while parsing, so that a reader
     * looking for those members need not walk the whole tree again.
     *
     * @param object  the object
     * @param parent  the object it is a member of, null when it is an array element or the root
     * @param key     its member name in {@code parent}
     * @param pointer its JSON pointer, built when asked for
     */
    public record Marked(ObjectNode object, ObjectNode parent, String key, LazyPointer pointer) {
    }

    public JsonDocument {
        marked = List.copyOf(marked);
    }

    /**
     * A watched member's value as a scan without a tree saw it.
     *
     * @param owner the object the member is in
     * @param name  the member's name
     * @param token the value's first token
     * @param text  the value when it is a string, else null
     */
    public record WatchedValue(LazyPointer owner, String name, JsonToken token, String text) {
    }

    /**
     * The positions and watched values of a document, from a pass that builds no tree.
     *
     * @param locations        line and column of every element
     * @param nonFiniteNumbers a bare {@code NaN} or {@code Infinity}
     * @param values           every watched member's value, in document order
     */
    public record Scan(JsonLocations locations, boolean nonFiniteNumbers, List<WatchedValue> values) {
    }

    /**
     * Told of every value a tree-less scan passes, so that a format can recognise structures of its own (DL4J's
     * serialised ND4J arrays) without the scanner knowing them.
     */
    public interface ScanListener {

        /**
         * A value starts.
         *
         * @param owner  the object or array it is in, null for the root
         * @param member its member name when {@code owner} is an object, else null
         * @param token  its first token, which {@code parser} is at
         * @param opened the container it opens, null for a scalar
         */
        void value(Container owner, String member, JsonToken token, JsonParser parser, Container opened)
                throws IOException;

        /** A container closes; {@code parser} is at its last token. */
        void close(Container closed, JsonParser parser);
    }

    /** An object or array as a {@link ScanListener} sees it. */
    public interface Container {

        boolean isArray();

        /** The container it is in, null for the root. */
        Container parent();

        LazyPointer pointer();

        /** Its members or elements so far. */
        int size();

        /** Byte offset of an object's opening brace; -1 for an array. */
        int startByte();

        /** What the listener keeps about it, null until it attaches something. */
        Object attachment();

        void attach(Object value);
    }

    /** The root object's first member is not one the caller expects: the scan stopped there. */
    private static final class UnexpectedRoot extends IOException {
        UnexpectedRoot() {
            super(null, null);
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }

    /**
     * Scans without building a tree, recording every watched member's value, and refusing (empty) a document whose
     * root is no object or whose root object's first member is not in {@code firstMembers}: the caller then
     * parses it as usual, having spent one member's worth of scanning; so does an object naming a member twice.
     * Malformed JSON raises the parser's exception. {@code listener} (or null) is told of every value.
     */
    public static Optional<Scan> scanWatched(JsonFactory factory, byte[] json, Set<String> watched,
                                             Set<String> firstMembers, ScanListener listener) throws IOException {
        try (JsonParser parser = factory.createParser(json)) {
            Builder builder = new Builder(parser, false, watched);
            builder.firstMembers = firstMembers;
            builder.values = new ArrayList<>();
            builder.listener = listener;
            JsonDocument document = builder.build();
            if (document.duplicateKeys()) {
                return Optional.empty();
            }
            return Optional.of(new Scan(document.locations(), document.nonFiniteNumbers(), builder.values));
        } catch (UnexpectedRoot e) {
            return Optional.empty();
        }
    }

    /** Parses the tree and the positions. Malformed JSON raises the parser's exception, with its position. */
    public static JsonDocument parse(JsonFactory factory, byte[] json) throws IOException {
        return parse(factory, json, Set.of());
    }

    /**
     * Parses the tree and the positions, and marks every object having a member named in {@code watched}, in
     * document order (an object before the objects inside it).
     */
    public static JsonDocument parse(JsonFactory factory, byte[] json, Set<String> watched) throws IOException {
        try (JsonParser parser = factory.createParser(json)) {
            return new Builder(parser, true, watched).build();
        }
    }

    static JsonDocument scan(JsonFactory factory, byte[] json, boolean buildTree) throws IOException {
        try (JsonParser parser = factory.createParser(json)) {
            return new Builder(parser, buildTree, Set.of()).build();
        }
    }

    /** One open object or array: its position node and, when a tree is built, its tree node. */
    private static final class Frame implements Container {
        final JsonLocations.Node location;
        final ObjectNode object;
        final ArrayNode array;
        final Frame parent;
        /** Member name in the parent object, or null for an array element (then {@code index} counts). */
        final String name;
        final int index;
        final int order;
        LazyPointer pointer;
        boolean marked;
        /** For a scan's listener: where an object starts, and what the listener keeps about it. */
        int startByte = -1;
        Object attachment;

        Frame(JsonLocations.Node location, ObjectNode object, ArrayNode array, Frame parent, String name, int index,
              int order) {
            this.location = location;
            this.object = object;
            this.array = array;
            this.parent = parent;
            this.name = name;
            this.index = index;
            this.order = order;
        }

        @Override
        public LazyPointer pointer() {
            if (pointer == null) {
                pointer = parent == null ? LazyPointer.ROOT
                        : parent.pointer().child(name != null ? name : Integer.toString(index));
            }
            return pointer;
        }

        @Override
        public boolean isArray() {
            return location.array;
        }

        @Override
        public Container parent() {
            return parent;
        }

        @Override
        public int size() {
            return location.size();
        }

        @Override
        public int startByte() {
            return startByte;
        }

        @Override
        public Object attachment() {
            return attachment;
        }

        @Override
        public void attach(Object value) {
            attachment = value;
        }
    }

    private static final class Builder {
        private final JsonParser parser;
        private final boolean buildTree;
        /** Null when nothing is watched. */
        private final WatchedNames watched;
        private final Deque<Frame> stack = new ArrayDeque<>();
        private final List<Marked> marked = new ArrayList<>();
        private final List<Integer> markedOrder = new ArrayList<>();
        private boolean duplicateKeys;
        private boolean nonFiniteNumbers;
        private String pendingName;
        private int pendingLine;
        private int pendingColumn;
        private int containers;
        /** For {@link #scanWatched}: the first root member names accepted, and the watched values seen. */
        private Set<String> firstMembers;
        private List<WatchedValue> values;
        private boolean pendingWatched;
        /** For {@link #scanWatched}: told of every value, or null. */
        private ScanListener listener;

        Builder(JsonParser parser, boolean buildTree, Set<String> watched) {
            this.parser = parser;
            this.buildTree = buildTree;
            this.watched = watched.isEmpty() ? null : WATCHED_NAMES.computeIfAbsent(watched, WatchedNames::new);
        }

        /**
         * A scan skips the strings it does not read, and Jackson applies its string length limit only to the text
         * it decodes: without this a string over the limit would pass the scan and go to DL4J, which reads it.
         */
        private void checkStringLength() throws IOException {
            int max = parser.streamReadConstraints().getMaxStringLength();
            int length = parser.getTextLength();
            if (length > max) {
                throw new com.fasterxml.jackson.core.exc.StreamConstraintsException(String.format(
                        "String value length (%d) exceeds the maximum allowed (%d)", length, max),
                        parser.currentTokenLocation());
            }
        }

        JsonDocument build() throws IOException {
            JsonToken token = parser.nextToken();
            if (token == null) {
                return new JsonDocument(null, new JsonLocations(null, Optional.empty()), false, false, List.of());
            }
            if (firstMembers != null && token != JsonToken.START_OBJECT) {
                throw new UnexpectedRoot();
            }
            JsonNode root = null;
            JsonLocations.Node rootLocation = null;
            do {
                switch (token) {
                    case FIELD_NAME -> {
                        pendingName = parser.currentName();
                        JsonLocation at = parser.currentTokenLocation();
                        pendingLine = at.getLineNr();
                        pendingColumn = at.getColumnNr();
                        if (firstMembers != null) {
                            if (!firstMembers.contains(pendingName)) {
                                throw new UnexpectedRoot();
                            }
                            firstMembers = null;
                        }
                        if (watched != null && watched.matches(pendingName)) {
                            mark(stack.peek());
                            pendingWatched = values != null;
                        }
                    }
                    case END_OBJECT, END_ARRAY -> {
                        Frame closed = stack.pop();
                        closed.location.close();
                        if (listener != null) {
                            listener.close(closed, parser);
                        }
                    }
                    default -> {
                        boolean container = token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY;
                        boolean isArray = token == JsonToken.START_ARRAY;
                        JsonNode value = buildTree ? (container ? (isArray ? NODES.arrayNode() : NODES.objectNode())
                                : scalar(token)) : null;
                        if (pendingWatched) {
                            values.add(new WatchedValue(stack.peek().pointer(), pendingName, token,
                                    token == JsonToken.VALUE_STRING ? parser.getText() : null));
                            pendingWatched = false;
                        }
                        if (!buildTree && token == JsonToken.VALUE_NUMBER_FLOAT && parser.isNaN()) {
                            nonFiniteNumbers = true;
                        }
                        if (!buildTree && token == JsonToken.VALUE_STRING) {
                            checkStringLength();
                        }
                        Frame owner = stack.peek();
                        JsonLocations.Node location = place(value, container, isArray);
                        if (rootLocation == null) {
                            rootLocation = location;
                            root = value;
                        }
                        Frame opened = null;
                        if (container) {
                            Frame parent = stack.peek();
                            boolean member = parent != null && !parent.location.array;
                            opened = new Frame(location, value instanceof ObjectNode o ? o : null,
                                    value instanceof ArrayNode a ? a : null, parent, member ? pendingName : null,
                                    parent == null || member ? 0 : parent.location.size() - 1, containers++);
                            if (listener != null && !isArray) {
                                opened.startByte = (int) parser.currentTokenLocation().getByteOffset();
                            }
                            stack.push(opened);
                        }
                        if (listener != null) {
                            listener.value(owner, owner != null && !owner.location.array ? pendingName : null,
                                    token, parser, opened);
                        }
                    }
                }
                if (stack.isEmpty()) {
                    break;
                }
                token = parser.nextToken();
            } while (token != null);
            JsonToken next = parser.nextToken();
            Optional<SourceLocation> trailing = next == null ? Optional.empty()
                    : Optional.of(at(parser.currentTokenLocation()));
            return new JsonDocument(root, new JsonLocations(rootLocation, trailing), duplicateKeys, nonFiniteNumbers,
                    inDocumentOrder());
        }

        /** Marks the object {@code frame} stands for, once. */
        private void mark(Frame frame) {
            if (frame == null || frame.marked || frame.object == null) {
                return;
            }
            frame.marked = true;
            Frame parent = frame.parent;
            boolean member = parent != null && parent.object != null && frame.name != null;
            marked.add(new Marked(frame.object, member ? parent.object : null, frame.name, frame.pointer()));
            markedOrder.add(frame.order);
        }

        /**
         * Marks were taken at the watched member, which may follow nested objects: sorted by where objects start
         * (DL4J writes {@code @class} first, so they rarely need it).
         */
        private List<Marked> inDocumentOrder() {
            boolean sorted = true;
            for (int i = 1; i < markedOrder.size() && sorted; i++) {
                sorted = markedOrder.get(i - 1) < markedOrder.get(i);
            }
            if (sorted) {
                return marked;
            }
            Integer[] positions = new Integer[marked.size()];
            for (int i = 0; i < positions.length; i++) {
                positions[i] = i;
            }
            java.util.Arrays.sort(positions, java.util.Comparator.comparingInt(markedOrder::get));
            List<Marked> ordered = new ArrayList<>(positions.length);
            for (Integer position : positions) {
                ordered.add(marked.get(position));
            }
            return ordered;
        }

        /**
         * Records the position of a value and links value and position into their parents; returns the position
         * node of a container (or of the root), null for a scalar member or element. A member is located at its key,
         * an array element (and the root) at its first character.
         */
        private JsonLocations.Node place(JsonNode value, boolean container, boolean isArray) {
            Frame parent = stack.peek();
            int line;
            int column;
            if (parent != null && !parent.location.array) {
                line = pendingLine;
                column = pendingColumn;
                if (parent.object != null) {
                    if (parent.object.replace(pendingName, value) != null) {
                        duplicateKeys = true;
                    }
                } else if (parent.location.hasMember(pendingName)) {
                    duplicateKeys = true; // no tree to tell: the positions know the names so far
                }
            } else {
                JsonLocation at = parser.currentTokenLocation();
                line = at.getLineNr();
                column = at.getColumnNr();
                if (parent != null && parent.array != null) {
                    parent.array.add(value);
                }
            }
            JsonLocations.Node node = container || parent == null ? new JsonLocations.Node(line, column, isArray)
                    : null;
            if (parent != null) {
                parent.location.add(parent.location.array ? null : pendingName, line, column, node);
            }
            return node;
        }

        /** The tree node Jackson's own tree reader makes for a scalar token. */
        private JsonNode scalar(JsonToken token) throws IOException {
            return switch (token) {
                case VALUE_STRING -> NODES.textNode(parser.getText());
                case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
                    case INT -> NODES.numberNode(parser.getIntValue());
                    case LONG -> NODES.numberNode(parser.getLongValue());
                    default -> NODES.numberNode(parser.getBigIntegerValue());
                };
                case VALUE_NUMBER_FLOAT -> {
                    if (parser.isNaN()) {
                        nonFiniteNumbers = true;
                    }
                    yield parser.getNumberTypeFP() == JsonParser.NumberTypeFP.BIG_DECIMAL
                            ? NODES.numberNode(parser.getDecimalValue())
                            : NODES.numberNode(parser.getDoubleValue());
                }
                case VALUE_TRUE -> NODES.booleanNode(true);
                case VALUE_FALSE -> NODES.booleanNode(false);
                case VALUE_NULL -> NODES.nullNode();
                case VALUE_EMBEDDED_OBJECT -> NODES.pojoNode(parser.getEmbeddedObject());
                default -> throw new IllegalStateException("unexpected token " + token);
            };
        }

        private static SourceLocation at(JsonLocation location) {
            return new SourceLocation(location.getLineNr(), location.getColumnNr(), "");
        }
    }

    /**
     * The watched member names, looked up by length first: almost every member name of a configuration has a length
     * no watched name has, and a general set lookup per member was a sixth of the scan.
     */
    private static final class WatchedNames {
        private final String[][] byLength;

        WatchedNames(Set<String> names) {
            int longest = names.stream().mapToInt(String::length).max().orElse(0);
            byLength = new String[longest + 1][];
            for (String name : names) {
                String[] same = byLength[name.length()];
                String[] grown = same == null ? new String[1] : java.util.Arrays.copyOf(same, same.length + 1);
                grown[grown.length - 1] = name;
                byLength[name.length()] = grown;
            }
        }

        boolean matches(String name) {
            if (name.length() >= byLength.length) {
                return false;
            }
            String[] candidates = byLength[name.length()];
            if (candidates != null) {
                for (String candidate : candidates) {
                    if (candidate.equals(name)) {
                        return true;
                    }
                }
            }
            return false;
        }
    }
}
