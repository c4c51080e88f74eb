package dev.netlint.read.dl4j;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.netlint.read.JsonDocument;
import dev.netlint.read.JsonLocations;
import dev.netlint.read.LazyPointer;
import dev.netlint.read.ReadException;
import dev.netlint.read.ZipArchive;
import org.deeplearning4j.nn.conf.serde.legacy.LegacyJsonFormat;
import org.nd4j.shade.jackson.annotation.JsonSubTypes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Makes a DL4J configuration tree safe and complete for DL4J's own deserialiser, in place:
 * <ul>
 *   <li>every {@code @class} must be on the allow-list before DL4J (and so Jackson) may load it;</li>
 *   <li>a layer or vertex whose class netlint cannot load (a user's custom layer) is replaced by a neutral
 *       stand-in, so the rest of the network can still be checked; the original class is remembered;</li>
 *   <li>serialised arrays (YOLO priors, loss weights) are removed, because building them needs an ND4J backend;
 *       their lengths are remembered.</li>
 * </ul>
 */
final class Dl4jTreePreparer {

    static final String CLASS = "@class";
    static final String TYPE = "type";
    /**
     * Members DL4J reads as an ND4J array (loss weights, YOLO priors) that DL4J before 1.0 wrote as a plain JSON list
     * of numbers; building either form needs an ND4J backend (see {@link #removeLegacyArrays}).
     */
    static final Set<String> ARRAY_MEMBERS = Set.of("weights", "boundingBoxes");
    /** The pre-1.0 dropout member, a number (see {@link #removeNoDropout}). */
    static final String DROP_OUT = "dropOut";
    /** Members DL4J deserialises as a {@code Distribution}, whose class is named by {@code type}. */
    private static final Set<String> DISTRIBUTION_FIELDS = Set.of("distribution", "dist");
    private static final String DENSE = "org.deeplearning4j.nn.conf.layers.DenseLayer";
    private static final String MERGE = "org.deeplearning4j.nn.conf.graph.MergeVertex";
    private static final String LAYER_VERTEX = "org.deeplearning4j.nn.conf.graph.LayerVertex";
    private static final Set<String> LEGACY_LAYER_NAMES = legacyNames(LegacyJsonFormat.LayerMixin.class);
    private static final Set<String> LEGACY_VERTEX_NAMES = legacyNames(LegacyJsonFormat.GraphVertexMixin.class);

    private final ClassAllowList allowList;
    private final JsonLocations locations;
    private final Map<String, String> opaqueClasses = new HashMap<>();
    private final Map<String, Long> arrayLengths = new HashMap<>();
    /** The project's own classes in other positions (a loss, an activation...), replaced before DL4J reads them. */
    private final List<CustomClass> customParts = new ArrayList<>();
    private ObjectNode root;
    /** Pre-1.0 graph layers whose {@code "dropOut": 0.0} (no dropout) was taken out. */
    private boolean noDropoutRemoved;
    /** The stand-in put in place of each replaced layer or vertex, by pointer. */
    private final Map<String, ObjectNode> standIns = new LinkedHashMap<>();

    Dl4jTreePreparer(ClassAllowList allowList, JsonLocations locations) {
        this.allowList = allowList;
        this.locations = locations;
    }

    /** Pointer of each substituted layer or vertex, mapped to the class the file names there. */
    Map<String, String> opaqueClasses() {
        return opaqueClasses;
    }

    /** The classes netlint did not load outside layers and vertices, in document order, each with its role. */
    List<CustomClass> customParts() {
        return customParts;
    }

    /** True when {@link #prepare} changed the tree (stand-ins for unknown classes, arrays removed). */
    boolean changed() {
        return !opaqueClasses.isEmpty() || !arrayLengths.isEmpty() || !customParts.isEmpty() || noDropoutRemoved;
    }

    /** Pointer of each removed array, mapped to its element count. */
    Map<String, Long> arrayLengths() {
        return arrayLengths;
    }

    /**
     * Member names that make an object matter to {@link #prepare}: a class name (a distribution's is its
     * {@code type}), or the parts of a serialised ND4J array. Parsing marks the objects having one
     * ({@link JsonDocument.Marked}), so that preparing needs no second walk over the whole tree.
     */
    static final Set<String> WATCHED = Set.of(CLASS, TYPE, "shape", "dataBuffer", DROP_OUT, "weights",
            "boundingBoxes");

    void prepare(ObjectNode root) throws ReadException {
        prepare(root, null);
    }

    /**
     * @param marked the objects of {@code root} having a {@link #WATCHED} member, in document order, as parsing
     *               found them; null to walk the whole tree instead
     */
    void prepare(ObjectNode root, List<JsonDocument.Marked> marked) throws ReadException {
        this.root = root;
        if (root.get("confs") instanceof ArrayNode confs) {
            for (int i = 0; i < confs.size(); i++) {
                if (confs.get(i) instanceof ObjectNode conf) {
                    replaceUnknownLayer(conf, "layer", "/confs/" + i + "/layer");
                }
            }
        }
        if (root.get("vertices") instanceof ObjectNode vertices) {
            for (Iterator<String> names = vertices.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                replaceUnknownVertex(vertices, name, "/vertices/" + JsonLocations.escape(name));
                removeNoDropout(vertices.get(name));
            }
        }
        if (marked == null) {
            walk(root, LazyPointer.ROOT);
            return;
        }
        // Stand-ins are new objects the parse never saw: they are walked whole (custom layers are few).
        for (Map.Entry<String, ObjectNode> standIn : standIns.entrySet()) {
            walk(standIn.getValue(), LazyPointer.parse(standIn.getKey()));
        }
        List<String> removed = new ArrayList<>();
        for (JsonDocument.Marked mark : marked) {
            if ((!standIns.isEmpty() || !removed.isEmpty()) && !inTree(mark.pointer().toString(), removed)) {
                continue; // inside a replaced layer or a removed array
            }
            ObjectNode object = mark.object();
            if (mark.parent() != null && mark.parent().get(mark.key()) == object) {
                long length = serialisedArrayLength(object);
                if (length >= 0) {
                    String pointer = mark.pointer().toString();
                    arrayLengths.put(pointer, length);
                    mark.parent().set(mark.key(), JsonNodeFactory.instance.nullNode());
                    removed.add(pointer);
                    continue;
                }
            }
            if (replacedCustomPart(object, mark.pointer())) {
                removed.add(mark.pointer().toString());
                continue;
            }
            removeLegacyArrays(object, mark.pointer());
            JsonNode className = object.get(CLASS);
            if (className != null) {
                checkClass(className, mark.pointer().child(CLASS));
            }
            checkDistributionType(object, mark.pointer());
        }
    }

    /**
     * Replaces {@code object} when it names a class netlint does not load in a position whose role DL4J's JSON
     * shows (a loss, an activation...): by a neutral stand-in of the same interface, or by nothing where DL4J takes
     * nothing as "not set". The class is remembered with its role, so that the network can say what it is and which
     * checks it took away. A class in a position of no known role is left for {@link #checkClass} to report.
     */
    private boolean replacedCustomPart(ObjectNode object, LazyPointer pointer) {
        String className = unloadableClass(object, pointer);
        if (className == null || !allowList.mayBeProjectClass(className)) {
            return false;
        }
        String path = pointer.toString();
        int slash = path.lastIndexOf('/');
        if (slash < 0) {
            return false;
        }
        String parentPath = path.substring(0, slash);
        String member = pointer.lastSegment();
        String container = parentPath.isEmpty() ? "" : LazyPointer.parse(parentPath).lastSegment();
        java.util.Optional<CustomClass.Role> role = CustomClass.roleAt(member, container);
        if (role.isEmpty()) {
            return false;
        }
        JsonNode parent = root.at(parentPath);
        if (parent instanceof ObjectNode holder && holder.get(member) == object) {
            holder.set(member, role.get().standIn()); // a value replaced, no member removed: safe while iterating
        } else if (parent instanceof ArrayNode list && member.matches("\\d+")
                && Integer.parseInt(member) < list.size() && list.get(Integer.parseInt(member)) == object) {
            list.set(Integer.parseInt(member), role.get().standIn());
        } else {
            return false;
        }
        customParts.add(new CustomClass(path, className, role.get()));
        return true;
    }

    /** The class {@code object} names ({@code @class}, or a distribution's {@code type}) when netlint will not load it. */
    private String unloadableClass(ObjectNode object, LazyPointer pointer) {
        JsonNode className = object.get(CLASS);
        if (className != null && className.isTextual() && !loadable(className.asText())) {
            return className.asText();
        }
        JsonNode type = object.get(TYPE);
        if (type != null && type.isTextual() && typeNamesClass(pointer.lastSegment(), type.asText())
                && !loadable(type.asText())) {
            return type.asText();
        }
        return null;
    }

    /**
     * DL4J before 1.0 wrote "no dropout" as {@code "dropOut": 0.0}. DL4J 1.0.0-M2.1's MultiLayer loader skips it;
     * its graph loader turns it into {@code Dropout(0.0)} and throws. Taken out of a graph's layers, it reads as
     * what the file means: no dropout.
     */
    private void removeNoDropout(JsonNode vertex) {
        if (!(vertex instanceof ObjectNode object)) {
            return;
        }
        JsonNode wrapped = object.has("LayerVertex") ? object.get("LayerVertex") : object;
        JsonNode layer = wrapped.path("layerConf").path("layer");
        if (layer instanceof ObjectNode layerObject && !layerObject.has(CLASS) && layerObject.size() == 1
                && layerObject.elements().next() instanceof ObjectNode inner) {
            layer = inner; // the legacy wrapper form, {"dense": {...}}
        }
        if (layer instanceof ObjectNode fields && fields.get(DROP_OUT) != null && fields.get(DROP_OUT).isNumber()
                && fields.get(DROP_OUT).asDouble() == 0.0) {
            fields.remove(DROP_OUT);
            noDropoutRemoved = true;
        }
    }

    /**
     * DL4J before 1.0 wrote loss weights (and could write YOLO priors) as a plain list of numbers, which DL4J 1.0.0-M2.1
     * still reads, by building an ND4J array. The list is replaced by {@code null}, as a serialised array is, and its
     * length remembered; an element that is no number is refused at its own position.
     */
    private void removeLegacyArrays(ObjectNode object, LazyPointer pointer) throws ReadException {
        for (String member : ARRAY_MEMBERS) {
            if (!(object.get(member) instanceof ArrayNode list)) {
                continue;
            }
            LazyPointer at = pointer.child(member);
            for (int i = 0; i < list.size(); i++) {
                if (!list.get(i).isNumber()) {
                    throw new ReadException(locations.at(at.child(Integer.toString(i)).toString()), "element " + i
                            + " of '" + member + "' is a JSON " + list.get(i).getNodeType().name()
                            .toLowerCase(java.util.Locale.ROOT) + "; expected a number (DL4J before 1.0 wrote '"
                            + member + "' as a list of numbers)");
                }
            }
            arrayLengths.put(at.toString(), (long) list.size());
            object.set(member, JsonNodeFactory.instance.nullNode()); // a value replaced: safe while walking
        }
    }

    /** False for a pointer at or under a replaced layer or vertex, or under a removed array. */
    private boolean inTree(String pointer, List<String> removed) {
        for (String replaced : standIns.keySet()) {
            if (pointer.equals(replaced) || pointer.startsWith(replaced + "/")) {
                return false;
            }
        }
        for (String array : removed) {
            if (pointer.startsWith(array + "/")) {
                return false;
            }
        }
        return true;
    }

    private void replaceUnknownVertex(ObjectNode vertices, String name, String pointer) {
        if (!(vertices.get(name) instanceof ObjectNode vertex)) {
            return;
        }
        if (vertex.hasNonNull(CLASS)) {
            if (!vertex.get(CLASS).isTextual()) {
                return; // not a class name at all: the class check reports it
            }
            String className = vertex.get(CLASS).asText();
            if (className.equals(LAYER_VERTEX)) {
                if (vertex.get("layerConf") instanceof ObjectNode layerConf) {
                    replaceUnknownLayer(layerConf, "layer", pointer + "/layerConf/layer");
                }
            } else if (!loadable(className)) {
                opaqueClasses.put(pointer, className);
                ObjectNode standIn = JsonNodeFactory.instance.objectNode().put(CLASS, MERGE);
                vertices.set(name, standIn);
                standIns.put(pointer, standIn);
            }
            return;
        }
        if (vertex.size() == 1) {
            String wrapper = vertex.fieldNames().next();
            if (wrapper.equals("LayerVertex")) {
                if (vertex.get(wrapper).get("layerConf") instanceof ObjectNode layerConf) {
                    replaceUnknownLayer(layerConf, "layer", pointer + "/LayerVertex/layerConf/layer");
                }
            } else if (!LEGACY_VERTEX_NAMES.contains(wrapper)) {
                opaqueClasses.put(pointer, wrapper);
                ObjectNode standIn = JsonNodeFactory.instance.objectNode();
                standIn.putObject("MergeVertex");
                vertices.set(name, standIn);
                standIns.put(pointer, standIn);
            }
        }
    }

    private void replaceUnknownLayer(ObjectNode parent, String field, String pointer) {
        if (!(parent.get(field) instanceof ObjectNode layer)) {
            return;
        }
        if (layer.hasNonNull(CLASS)) {
            if (!layer.get(CLASS).isTextual()) {
                return; // not a class name at all: the class check reports it
            }
            String className = layer.get(CLASS).asText();
            if (!loadable(className)) {
                opaqueClasses.put(pointer, className);
                ObjectNode standIn = standInLayer(layer);
                standIn.put(CLASS, DENSE);
                parent.set(field, standIn);
                standIns.put(pointer, standIn);
            }
            return;
        }
        if (layer.size() == 1) {
            String wrapper = layer.fieldNames().next();
            if (!LEGACY_LAYER_NAMES.contains(wrapper) && layer.get(wrapper) instanceof ObjectNode inner) {
                opaqueClasses.put(pointer, wrapper);
                ObjectNode standIn = JsonNodeFactory.instance.objectNode();
                standIn.set("dense", standInLayer(inner));
                parent.set(field, standIn);
                standIns.put(pointer, standIn);
            }
        }
    }

    /**
     * A dense layer carrying the original's settings (name, sizes, updater...), so that DL4J's legacy handling and
     * shape inference downstream see what they expect. Members naming classes netlint cannot load are dropped.
     */
    private ObjectNode standInLayer(ObjectNode original) {
        ObjectNode standIn = original.deepCopy();
        standIn.remove(CLASS);
        dropUnloadable(standIn);
        return standIn;
    }

    private void dropUnloadable(ObjectNode object) {
        for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
            JsonNode value = fields.next().getValue();
            if (namesUnloadableClass(value)) {
                fields.remove();
            }
        }
    }

    private boolean namesUnloadableClass(JsonNode node) {
        if (node instanceof ObjectNode object && object.hasNonNull(CLASS) && !loadable(object.get(CLASS).asText())) {
            return true;
        }
        for (JsonNode child : node) {
            if (namesUnloadableClass(child)) {
                return true;
            }
        }
        return false;
    }

    private void walk(JsonNode node, LazyPointer pointer) throws ReadException {
        if (node instanceof ObjectNode object) {
            removeLegacyArrays(object, pointer);
            JsonNode className = object.get(CLASS);
            if (className != null) {
                checkClass(className, pointer.child(CLASS));
            }
            checkDistributionType(object, pointer);
            for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode value = field.getValue();
                if (!value.isContainerNode()) {
                    continue;
                }
                LazyPointer childPointer = pointer.child(field.getKey());
                if (value instanceof ObjectNode child && replacedCustomPart(child, childPointer)) {
                    continue;
                }
                long length = serialisedArrayLength(value);
                if (length >= 0) {
                    arrayLengths.put(childPointer.toString(), length);
                    field.setValue(JsonNodeFactory.instance.nullNode());
                } else {
                    walk(value, childPointer);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                JsonNode element = array.get(i);
                if (element instanceof ObjectNode child && replacedCustomPart(child, pointer.child(Integer.toString(i)))) {
                    continue;
                }
                if (element.isContainerNode()) {
                    walk(element, pointer.child(Integer.toString(i)));
                }
            }
        }
    }

    /** DL4J's Distribution takes its class from a "type" member, not from "@class". */
    private void checkDistributionType(ObjectNode object, LazyPointer pointer) throws ReadException {
        JsonNode type = object.get(TYPE);
        if (type != null && type.isTextual() && typeNamesClass(pointer.lastSegment(), type.asText())) {
            checkClass(type, pointer.child(TYPE));
        }
    }

    /**
     * Whether a textual {@code type} member names a class DL4J may load: in a distribution (the member its object
     * is held in is {@code ownerName}), or whenever it looks like a class name.
     */
    static boolean typeNamesClass(String ownerName, String type) {
        return DISTRIBUTION_FIELDS.contains(ownerName) || type.contains(".");
    }

    /** Checks a class name found at {@code pointer}: an {@code @class}, or a distribution's {@code type}. */
    private void checkClass(JsonNode value, LazyPointer pointer) throws ReadException {
        if (!value.isTextual()) {
            throw new ReadException(locations.at(pointer.toString()), "a class name that is a JSON "
                    + value.getNodeType().name().toLowerCase(java.util.Locale.ROOT)
                    + "; expected the name of a DL4J/ND4J configuration class as a string");
        }
        String className = value.asText();
        if (loadable(className)) {
            return;
        }
        if (!allowList.allows(className)) {
            throw new ReadException(locations.at(pointer.toString()), "class '" + ZipArchive.printable(className)
                    + "' is not a DL4J/ND4J configuration class; expected a class in "
                    + String.join(", ", allowList.prefixes().stream().map(p -> p + "*").toList())
                    + " (netlint never loads other classes named in a model file)");
        }
        throw new ReadException(locations.at(pointer.toString()), allowList.isUserClass(className)
                ? "class '" + className + "' is in allowedClassPrefixes but not on netlint's class path; expected "
                + "it in a dependency of the netlint plugin"
                : "unknown DL4J class '" + className + "'; expected a class of DL4J 0.9.x to 1.0.0-M2.1 "
                + "(written by a newer or patched DL4J?)");
    }

    /** Loads without initialising, and only classes the allow-list admits (which remembers the answer). */
    private boolean loadable(String className) {
        return allowList.loadable(className);
    }

    /**
     * Element count of an ND4J array as DL4J serialises it ({@code {dataType, shape, data}}, or the pre-1.0
     * {@code {dataBuffer, shapeField, ...}} form); -1 for anything else.
     */
    private static long serialisedArrayLength(JsonNode node) {
        if (!(node instanceof ObjectNode object)) {
            return -1;
        }
        if (object.get("shape") instanceof ArrayNode shape && object.get("data") instanceof ArrayNode) {
            long length = 1;
            for (JsonNode dim : shape) {
                length *= dim.asLong();
            }
            return length;
        }
        if (object.get("dataBuffer") instanceof ArrayNode buffer && object.has("shapeField")) {
            return object.has("numElements") ? object.get("numElements").asLong() : buffer.size();
        }
        return -1;
    }

    private static Set<String> legacyNames(Class<?> mixin) {
        JsonSubTypes subTypes = mixin.getAnnotation(JsonSubTypes.class);
        return Arrays.stream(subTypes.value()).map(JsonSubTypes.Type::name).collect(Collectors.toUnmodifiableSet());
    }
}
