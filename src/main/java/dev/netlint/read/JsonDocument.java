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
     * @param arrays           the serialised ND4J arrays that are members of an object, outermost only, in document
     *                         order
     * @param needsTree        an ND4J array the scan cannot judge as the tree's way would (an array element, a
     *                         shape or element count that is no whole number)
     */
    public record Scan(JsonLocations locations, boolean nonFiniteNumbers, List<WatchedValue> values,
                       List<ArraySpan> arrays, boolean needsTree) {
    }

    /**
     * A serialised ND4J array ({@code {dataType, shape, data}}, or the pre-1.0 {@code {dataBuffer, shapeField, ...}}
     * form) found by the scan.
     *
     * @param start   byte offset of its opening brace
     * @param end     byte offset just past its closing brace
     * @param pointer where it is
     * @param length  its element count
     */
    public record ArraySpan(int start, int end, String pointer, long length) {
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
     * Malformed JSON raises the parser's exception.
     */
    public static Optional<Scan> scanWatched(JsonFactory factory, byte[] json, Set<String> watched,
                                             Set<String> firstMembers) throws IOException {
        try (JsonParser parser = factory.createParser(json)) {
            Builder builder = new Builder(parser, false, watched);
            builder.firstMembers = firstMembers;
            builder.values = new ArrayList<>();
            builder.arrays = new ArrayList<>();
            JsonDocument document = builder.build();
            if (document.duplicateKeys()) {
                return Optional.empty();
            }
            return Optional.of(new Scan(document.locations(), document.nonFiniteNumbers(), builder.values,
                    outermost(builder.arrays), builder.needsTree));
        } catch (UnexpectedRoot e) {
            return Optional.empty();
        }
    }

    /** The arrays not inside another one, in document order (inner arrays close, and are found, first). */
    private static List<ArraySpan> outermost(List<ArraySpan> found) {
        List<ArraySpan> sorted = new ArrayList<>(found);
        sorted.sort(java.util.Comparator.comparingInt(ArraySpan::start));
        List<ArraySpan> kept = new ArrayList<>();
        for (ArraySpan span : sorted) {
            if (!kept.isEmpty() && span.start() < kept.get(kept.size() - 1).end()) {
                continue;
            }
            kept.add(span);
        }
        return kept;
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
    private static final class Frame {
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
        /** For the tree-less scan: where an object starts, and what it holds of an ND4J array. */
        int startByte = -1;
        ArrayFacts facts;
        /** An array frame that is an object's {@code shape} or {@code dataBuffer}: that object's facts. */
        ArrayFacts shapeOf;
        ArrayFacts bufferOf;

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

        LazyPointer pointer() {
            if (pointer == null) {
                pointer = parent == null ? LazyPointer.ROOT
                        : parent.pointer().child(name != null ? name : Integer.toString(index));
            }
            return pointer;
        }
    }

    /** What an object holds of a serialised ND4J array, judged as {@code Dl4jTreePreparer} judges a tree. */
    private static final class ArrayFacts {
        boolean shapeIsArray;
        long shapeProduct = 1;
        boolean dataIsArray;
        boolean bufferIsArray;
        int bufferSize;
        boolean shapeField;
        boolean numElements;
        long numElementsValue;
        /** A shape element or element count that is no whole number: only the tree can say what it means. */
        boolean unclear;

        /** The element count, -1 for no array, -2 when unclear. */
        long length() {
            if (shapeIsArray && dataIsArray) {
                return unclear ? -2 : shapeProduct;
            }
            if (bufferIsArray && shapeField) {
                return unclear ? -2 : numElements ? numElementsValue : bufferSize;
            }
            return -1;
        }
    }

    private static final WatchedNames ARRAY_PARTS =
            new WatchedNames(Set.of("shape", "data", "dataBuffer", "shapeField", "numElements"));

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
        /** For {@link #scanWatched}: ND4J arrays found, and whether one needs the tree. */
        private List<ArraySpan> arrays;
        private boolean needsTree;
        private String pendingArrayPart;

        Builder(JsonParser parser, boolean buildTree, Set<String> watched) {
            this.parser = parser;
            this.buildTree = buildTree;
            this.watched = watched.isEmpty() ? null : WATCHED_NAMES.computeIfAbsent(watched, WatchedNames::new);
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
                        if (arrays != null && ARRAY_PARTS.matches(pendingName)) {
                            pendingArrayPart = pendingName;
                        }
                    }
                    case END_OBJECT, END_ARRAY -> {
                        Frame closed = stack.pop();
                        closed.location.close();
                        if (arrays != null) {
                            closeArrayParts(closed);
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
                        Frame owner = stack.peek();
                        if (arrays != null && owner != null) {
                            if (owner.shapeOf != null && (container || !wholeNumber(token))) {
                                owner.shapeOf.unclear = true;
                            } else if (owner.shapeOf != null) {
                                owner.shapeOf.shapeProduct *= parser.getLongValue();
                            }
                        }
                        String part = pendingArrayPart;
                        pendingArrayPart = null;
                        JsonLocations.Node location = place(value, container, isArray);
                        if (rootLocation == null) {
                            rootLocation = location;
                            root = value;
                        }
                        ArrayFacts facts = part == null ? null : factsOf(owner);
                        if (facts != null) {
                            recordArrayPart(facts, part, token);
                        }
                        if (container) {
                            Frame parent = stack.peek();
                            boolean member = parent != null && !parent.location.array;
                            Frame opened = new Frame(location, value instanceof ObjectNode o ? o : null,
                                    value instanceof ArrayNode a ? a : null, parent, member ? pendingName : null,
                                    parent == null || member ? 0 : parent.location.size() - 1, containers++);
                            if (arrays != null && !isArray) {
                                opened.startByte = (int) parser.currentTokenLocation().getByteOffset();
                            }
                            if (facts != null && isArray && part.equals("shape")) {
                                opened.shapeOf = facts;
                            } else if (facts != null && isArray && part.equals("dataBuffer")) {
                                opened.bufferOf = facts;
                            }
                            stack.push(opened);
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

        private ArrayFacts factsOf(Frame frame) {
            if (frame == null || frame.location.array) {
                return null;
            }
            if (frame.facts == null) {
                frame.facts = new ArrayFacts();
            }
            return frame.facts;
        }

        private boolean wholeNumber(JsonToken token) throws IOException {
            return token == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() != JsonParser.NumberType.BIG_INTEGER;
        }

        /** A member of an object that may be a serialised array ({@link #ARRAY_PARTS}), by its first token. */
        private void recordArrayPart(ArrayFacts facts, String part, JsonToken token) throws IOException {
            switch (part) {
                case "shape" -> facts.shapeIsArray = token == JsonToken.START_ARRAY;
                case "data" -> facts.dataIsArray = token == JsonToken.START_ARRAY;
                case "dataBuffer" -> facts.bufferIsArray = token == JsonToken.START_ARRAY;
                case "shapeField" -> facts.shapeField = true;
                case "numElements" -> {
                    facts.numElements = true;
                    if (wholeNumber(token)) {
                        facts.numElementsValue = parser.getLongValue();
                    } else {
                        facts.unclear = true;
                    }
                }
                default -> { }
            }
        }

        /** When an object closes: is it a serialised array, and may its text be replaced by {@code null}? */
        private void closeArrayParts(Frame closed) {
            if (closed.bufferOf != null) {
                closed.bufferOf.bufferSize = closed.location.size();
            }
            if (closed.facts == null) {
                return;
            }
            long length = closed.facts.length();
            if (length == -1) {
                return;
            }
            boolean member = closed.parent != null && !closed.parent.location.array;
            int end = (int) parser.currentTokenLocation().getByteOffset() + 1;
            if (length < 0 || !member || closed.startByte < 0 || end <= closed.startByte) {
                needsTree = true;
                return;
            }
            arrays.add(new ArraySpan(closed.startByte, end, closed.pointer().toString(), length));
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
