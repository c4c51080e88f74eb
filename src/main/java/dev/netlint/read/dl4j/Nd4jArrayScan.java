package dev.netlint.read.dl4j;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.netlint.read.JsonDocument;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Finds the serialised ND4J arrays of a DL4J configuration while the generic scan passes them, judged as
 * {@link Dl4jTreePreparer} judges a tree: an object with an array {@code shape} and an array {@code data}, or the
 * pre-1.0 {@code dataBuffer} with {@code shapeField}. Their text can then be replaced by {@code null}, as the tree's
 * way sets those members (building them needs an ND4J backend).
 */
final class Nd4jArrayScan implements JsonDocument.ScanListener {

    private static final Set<String> PARTS = Set.of("shape", "data", "dataBuffer", "shapeField", "numElements");

    private final List<ArraySpan> found = new ArrayList<>();
    private boolean needsTree;

    /** What an object holds of a serialised ND4J array (attached to the object's container). */
    private static final class Facts {
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

    /** Attached to an array that is an object's {@code shape} or {@code dataBuffer}. */
    private record Part(Facts of, boolean shape) {
    }

    /** The arrays not inside another one, in document order (inner arrays close, and are found, first). */
    List<ArraySpan> arrays() {
        List<ArraySpan> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt(ArraySpan::start));
        List<ArraySpan> kept = new ArrayList<>();
        for (ArraySpan span : sorted) {
            if (!kept.isEmpty() && span.start() < kept.get(kept.size() - 1).end()) {
                continue;
            }
            kept.add(span);
        }
        return kept;
    }

    /** An ND4J array the scan cannot judge as the tree's way would (an array element, a shape that is no number). */
    boolean needsTree() {
        return needsTree;
    }

    @Override
    public void value(JsonDocument.Container owner, String member, JsonToken token, JsonParser parser,
                      JsonDocument.Container opened) throws IOException {
        if (owner == null) {
            return;
        }
        if (owner.attachment() instanceof Part part && part.shape()) {
            if (opened != null || !wholeNumber(token, parser)) {
                part.of().unclear = true;
            } else {
                part.of().shapeProduct *= parser.getLongValue();
            }
        }
        if (member == null || !isPart(member)) {
            return;
        }
        Facts facts = factsOf(owner);
        switch (member) {
            case "shape" -> facts.shapeIsArray = token == JsonToken.START_ARRAY;
            case "data" -> facts.dataIsArray = token == JsonToken.START_ARRAY;
            case "dataBuffer" -> facts.bufferIsArray = token == JsonToken.START_ARRAY;
            case "shapeField" -> facts.shapeField = true;
            case "numElements" -> {
                facts.numElements = true;
                if (wholeNumber(token, parser)) {
                    facts.numElementsValue = parser.getLongValue();
                } else {
                    facts.unclear = true;
                }
            }
            default -> { }
        }
        if (opened != null && opened.isArray() && (member.equals("shape") || member.equals("dataBuffer"))) {
            opened.attach(new Part(facts, member.equals("shape")));
        }
    }

    @Override
    public void close(JsonDocument.Container closed, JsonParser parser) {
        if (closed.attachment() instanceof Part part && !part.shape()) {
            part.of().bufferSize = closed.size();
        }
        if (!(closed.attachment() instanceof Facts facts)) {
            return;
        }
        long length = facts.length();
        if (length == -1) {
            return;
        }
        boolean member = closed.parent() != null && !closed.parent().isArray();
        int end = (int) parser.currentTokenLocation().getByteOffset() + 1;
        if (length < 0 || !member || closed.startByte() < 0 || end <= closed.startByte()) {
            needsTree = true;
            return;
        }
        found.add(new ArraySpan(closed.startByte(), end, closed.pointer().toString(), length));
    }

    /** By length first: almost no member name of a configuration has the length of a part's name. */
    private static boolean isPart(String member) {
        int length = member.length();
        return (length == 4 || length == 5 || length == 10 || length == 11) && PARTS.contains(member);
    }

    private static Facts factsOf(JsonDocument.Container object) {
        if (object.attachment() instanceof Facts facts) {
            return facts;
        }
        Facts facts = new Facts();
        object.attach(facts);
        return facts;
    }

    private static boolean wholeNumber(JsonToken token, JsonParser parser) throws IOException {
        return token == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() != JsonParser.NumberType.BIG_INTEGER;
    }
}
