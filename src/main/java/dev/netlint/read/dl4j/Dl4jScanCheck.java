package dev.netlint.read.dl4j;

import com.fasterxml.jackson.core.JsonToken;
import dev.netlint.read.JsonDocument;
import dev.netlint.read.JsonLocations;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides, from a scan that built no tree, whether a DL4J configuration can go to DL4J's deserialiser exactly as it
 * is, but for its serialised ND4J arrays (YOLO priors, loss weights), whose text is replaced by {@code null} as the
 * tree's way does: every class it names ({@code @class}, a distribution's {@code type}) is on the allow-list and on
 * the class path, and every layer and vertex names its class (no legacy wrapper form, no custom class to stand in
 * for). That is what {@link Dl4jTreePreparer} would find, for almost every real file, after building a tree that
 * DL4J then never needs; building it was a third of the engine's time. Anything else ({@link Optional#empty()}) goes
 * the tree's way, which reports or repairs it.
 */
final class Dl4jScanCheck {

    /** Members DL4J writes first at the root of a configuration ({@code backpropType}; before 1.0 {@code backprop}). */
    static final Set<String> FIRST_MEMBERS = Set.of("backpropType", "backprop");

    private static final String CLASS = Dl4jTreePreparer.CLASS;
    private static final String TYPE = Dl4jTreePreparer.TYPE;

    private final ClassAllowList allowList;

    Dl4jScanCheck(ClassAllowList allowList) {
        this.allowList = allowList;
    }

    /** The kind of configuration, when the file can go to DL4J unchanged; empty when the tree is needed. */
    Optional<Dl4jReader.Kind> check(Dl4jScan dl4jScan) {
        JsonDocument.Scan scan = dl4jScan.scan();
        if (scan.nonFiniteNumbers() || dl4jScan.needsTree()) {
            return Optional.empty();
        }
        for (JsonDocument.WatchedValue value : scan.values()) {
            if (!acceptable(value)) {
                return Optional.empty();
            }
        }
        JsonLocations locations = scan.locations();
        List<String> members = locations.memberNames("");
        if (members.contains("confs")) {
            return everyLayerNamesItsClass(locations) ? Optional.of(Dl4jReader.Kind.MULTI_LAYER) : Optional.empty();
        }
        if (members.contains("vertices") && members.contains("networkInputs")) {
            return everyVertexNamesItsClass(locations) ? Optional.of(Dl4jReader.Kind.GRAPH) : Optional.empty();
        }
        return Optional.empty();
    }

    private boolean acceptable(JsonDocument.WatchedValue value) {
        return switch (value.name()) {
            case CLASS -> value.token() == JsonToken.VALUE_STRING && allowList.loadable(value.text());
            case TYPE -> value.token() != JsonToken.VALUE_STRING
                    || !Dl4jTreePreparer.typeNamesClass(value.owner().lastSegment(), value.text())
                    || allowList.loadable(value.text());
            // a pre-1.0 dropout number: 0.0 in a graph must be taken out first, which the tree's way does
            case Dl4jTreePreparer.DROP_OUT -> !value.token().isNumeric();
            // a pre-1.0 plain list where DL4J builds an ND4J array: the tree's way takes it out
            case "weights", "boundingBoxes" -> value.token() != JsonToken.START_ARRAY;
            default -> true; // "shape", "dataBuffer": the scan judged whether they make an ND4J array
        };
    }

    private static boolean everyLayerNamesItsClass(JsonLocations locations) {
        int layers = locations.size("/confs");
        if (layers < 0) {
            return false;
        }
        for (int i = 0; i < layers; i++) {
            if (!locations.has("/confs/" + i + "/layer/" + CLASS)) {
                return false;
            }
        }
        return true;
    }

    /** A vertex names its class; a layer vertex's layer too (a vertex holding a layer is taken to be one). */
    private static boolean everyVertexNamesItsClass(JsonLocations locations) {
        if (locations.size("/vertices") < 0) {
            return false;
        }
        for (String name : locations.memberNames("/vertices")) {
            String vertex = "/vertices/" + JsonLocations.escape(name);
            if (!locations.has(vertex + "/" + CLASS)
                    || locations.has(vertex + "/layerConf") && !locations.has(vertex + "/layerConf/layer/" + CLASS)) {
                return false;
            }
        }
        return true;
    }
}
