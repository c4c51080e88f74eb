package dev.netlint.read.dl4j;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.netlint.read.JsonLocations;

import java.util.Iterator;
import java.util.Optional;

/**
 * Finds the part of a DL4J configuration that is null or missing where DL4J needs one (the list of layers, a layer,
 * a vertex, a network input name...). DL4J's deserialiser fails on such a file with a {@code NullPointerException}
 * whose Jackson path names whatever member it read last, or reads it and fails when the network is built; either
 * way the position to report is the part itself, which only the document can say.
 */
final class MissingParts {

    /**
     * @param pointer where the part is, or the object that lacks it
     * @param what    the part, in words
     */
    record Part(String pointer, String what) {
    }

    private MissingParts() {
    }

    /** The first null or missing part of the configuration in {@code json}, in document order. */
    static Optional<Part> in(String json) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(json);
        } catch (java.io.IOException | RuntimeException e) {
            return Optional.empty();
        }
        if (root == null || !root.isObject()) {
            return Optional.empty();
        }
        return root.has("confs") ? multiLayer(root) : graph(root);
    }

    private static Optional<Part> multiLayer(JsonNode root) {
        JsonNode confs = root.get("confs");
        if (!confs.isArray()) {
            return Optional.of(new Part("/confs", "the list of layers"));
        }
        for (int i = 0; i < confs.size(); i++) {
            JsonNode conf = confs.get(i);
            if (!conf.isObject()) {
                return Optional.of(new Part("/confs/" + i, "layer " + i));
            }
            if (!conf.path("layer").isObject()) {
                return Optional.of(new Part(conf.has("layer") ? "/confs/" + i + "/layer" : "/confs/" + i,
                        "the layer of layer " + i));
            }
        }
        return Optional.empty();
    }

    private static Optional<Part> graph(JsonNode root) {
        for (String list : new String[] {"networkInputs", "networkOutputs"}) {
            JsonNode names = root.get(list);
            if (names == null || !names.isArray()) {
                return Optional.of(new Part(names == null ? "" : "/" + list, "the " + list));
            }
            Optional<Part> name = firstNonText(names, "/" + list, "a name in " + list);
            if (name.isPresent()) {
                return name;
            }
        }
        JsonNode vertices = root.get("vertices");
        if (vertices == null || !vertices.isObject()) {
            return Optional.of(new Part(vertices == null ? "" : "/vertices", "the vertices"));
        }
        for (Iterator<String> names = vertices.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            String pointer = "/vertices/" + JsonLocations.escape(name);
            JsonNode vertex = vertices.get(name);
            if (!vertex.isObject()) {
                return Optional.of(new Part(pointer, "vertex '" + name + "'"));
            }
            JsonNode wrapped = vertex.has("LayerVertex") ? vertex.get("LayerVertex") : vertex;
            String at = vertex.has("LayerVertex") ? pointer + "/LayerVertex" : pointer;
            if (wrapped.has("layerConf") && !wrapped.get("layerConf").isObject()) {
                return Optional.of(new Part(at + "/layerConf", "the layer of vertex '" + name + "'"));
            }
            if (wrapped.has("layerConf") && !wrapped.get("layerConf").path("layer").isObject()) {
                return Optional.of(new Part(wrapped.get("layerConf").has("layer") ? at + "/layerConf/layer"
                        : at + "/layerConf", "the layer of vertex '" + name + "'"));
            }
        }
        JsonNode inputs = root.get("vertexInputs");
        if (inputs == null || !inputs.isObject()) {
            return Optional.of(new Part(inputs == null ? "" : "/vertexInputs", "the vertex inputs"));
        }
        for (Iterator<String> names = inputs.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            String pointer = "/vertexInputs/" + JsonLocations.escape(name);
            JsonNode list = inputs.get(name);
            if (!list.isArray()) {
                return Optional.of(new Part(pointer, "the inputs of vertex '" + name + "'"));
            }
            Optional<Part> input = firstNonText(list, pointer, "an input name of vertex '" + name + "'");
            if (input.isPresent()) {
                return input;
            }
        }
        return Optional.empty();
    }

    /** The first element of a list of names that is not a string. */
    private static Optional<Part> firstNonText(JsonNode names, String pointer, String what) {
        for (int i = 0; i < names.size(); i++) {
            if (!names.get(i).isTextual()) {
                return Optional.of(new Part(pointer + "/" + i, what));
            }
        }
        return Optional.empty();
    }
}
