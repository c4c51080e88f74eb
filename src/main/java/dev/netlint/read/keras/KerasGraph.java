package dev.netlint.read.keras;

import com.fasterxml.jackson.databind.JsonNode;
import dev.netlint.read.JsonLocations;
import dev.netlint.read.ReadException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The layers of a Keras model config as one flat graph. Handles Sequential configs written as a list (Keras 1 up to
 * 2.2.2, tfjs 1.x) or as {@code {name, layers}}, functional configs with Keras 1, 2 and 3 {@code inbound_nodes},
 * and nested models (a shared tower called twice): their layers are inlined as {@code tower/layer}, their inputs
 * wired to every caller, and callers wired to their outputs.
 */
final class KerasGraph {

    private static final Set<String> MODEL_CLASSES = Set.of("sequential", "model", "functional");

    final List<KerasNode> nodes = new ArrayList<>();
    final List<String> outputs = new ArrayList<>();
    final List<String> inputs = new ArrayList<>();
    /** Nested model name -> the names its callers' references resolve to (its outputs). */
    private final Map<String, List<String>> aliases = new HashMap<>();
    private final JsonLocations locations;

    private KerasGraph(JsonLocations locations) {
        this.locations = locations;
    }

    static KerasGraph of(JsonNode model, String pointer, JsonLocations locations) throws ReadException {
        KerasGraph graph = new KerasGraph(locations);
        graph.collect(model, "", pointer);
        graph.resolveAliases();
        return graph;
    }

    static boolean isModel(String className) {
        return MODEL_CLASSES.contains(KerasVocabulary.key(className));
    }

    private Sub collect(JsonNode model, String prefix, String pointer) throws ReadException {
        JsonNode config = model.path("config");
        JsonNode layers = config.isArray() ? config : config.path("layers");
        String layersPointer = pointer + (config.isArray() ? "/config" : "/config/layers");
        if (!layers.isArray()) {
            throw new ReadException(locations.at(layersPointer), "the layers of model '"
                    + model.path("config").path("name").asText(prefix.isEmpty() ? "model" : prefix) + "' are a JSON "
                    + type(layers) + "; expected a list of layers, each {\"class_name\": ..., \"config\": {...}}");
        }
        boolean sequential = KerasVocabulary.key(model.path("class_name").asText()).equals("sequential")
                || !hasInboundNodes(layers);
        Sub sub = new Sub();
        String previous = null;
        for (int i = 0; i < layers.size(); i++) {
            JsonNode layer = layers.get(i);
            String layerPointer = layersPointer + "/" + i;
            if (!layer.isObject() || !layer.path("class_name").isTextual()
                    || !layer.path("config").isObject() && !layer.path("config").isArray()) {
                throw new ReadException(locations.at(layerPointer), "layer " + i + " is "
                        + (layer.isObject() ? "an object without a class_name string and a config object"
                        : "a JSON " + type(layer)) + "; expected a layer {\"class_name\": ..., \"config\": {...}}");
            }
            String className = layer.path("class_name").asText("");
            JsonNode layerConfig = layer.path("config");
            // Functional graphs wire by the entry's own "name" (TensorFlowOpLayer's config name differs from it).
            String own = layer.path("name").asText(layerConfig.path("name").asText("layer" + i));
            String name = prefix + own;
            List<String> callers = sequential ? (previous == null ? List.of() : List.of(previous))
                    : inboundNames(layer.path("inbound_nodes"), prefix);
            if (isModel(className) && (layerConfig.isArray() || layerConfig.has("layers"))) {
                Sub inner = collect(layer, name + "/", layerPointer);
                for (String innerInput : inner.inputs) {
                    nodeNamed(innerInput).inputs.addAll(callers);
                }
                aliases.put(name, inner.outputs);
                if (sequential && previous == null) {
                    sub.inputs.addAll(inner.inputs);
                }
            } else {
                KerasNode node = new KerasNode(name, className, layerConfig, layerPointer);
                node.inputs.addAll(callers);
                boolean synthetic = sequential && previous == null
                        && !KerasVocabulary.key(className).equals("inputlayer")
                        && KerasShapes.declaredInput(layerConfig) != null;
                if (synthetic) {
                    // Keras' implicit input layer of a Sequential model, named as Keras names it.
                    KerasNode input = new KerasNode(name + "_input", "InputLayer", layerConfig, layerPointer);
                    input.inputs.addAll(callers);
                    nodes.add(input);
                    sub.inputs.add(input.name);
                    node.inputs.clear();
                    node.inputs.add(input.name);
                }
                nodes.add(node);
                if (!synthetic && (KerasVocabulary.key(className).equals("inputlayer")
                        || sequential && previous == null)) {
                    sub.inputs.add(name);
                }
            }
            previous = name;
        }
        if (sequential) {
            if (previous != null) {
                sub.outputs.add(previous);
            }
        } else {
            sub.outputs.addAll(endpointNames(config.path("output_layers"), prefix));
        }
        if (prefix.isEmpty()) {
            outputs.addAll(sub.outputs);
            inputs.addAll(sub.inputs);
        }
        return sub;
    }

    private static String type(JsonNode node) {
        return node.isMissingNode() ? "nothing" : node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }

    private void resolveAliases() {
        for (KerasNode node : nodes) {
            List<String> resolved = new ArrayList<>(resolve(node.inputs));
            node.inputs.clear();
            node.inputs.addAll(resolved);
        }
        List<String> resolvedOutputs = resolve(outputs);
        outputs.clear();
        outputs.addAll(resolvedOutputs);
    }

    private List<String> resolve(List<String> names) {
        Set<String> out = new LinkedHashSet<>();
        for (String name : names) {
            List<String> alias = aliases.get(name);
            out.addAll(alias == null ? List.of(name) : resolve(alias));
        }
        return new ArrayList<>(out);
    }

    private KerasNode nodeNamed(String name) {
        for (int i = nodes.size() - 1; i >= 0; i--) {
            if (nodes.get(i).name.equals(name)) {
                return nodes.get(i);
            }
        }
        throw new IllegalStateException("no layer " + name);
    }

    private static boolean hasInboundNodes(JsonNode layers) {
        for (JsonNode layer : layers) {
            if (layer.has("inbound_nodes")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Names of the layers feeding a layer, from any of the three {@code inbound_nodes} forms: Keras 1
     * {@code [[name, 0, 0]]}, Keras 2 {@code [[name, 0, 0, {}]]}, Keras 3 {@code {args: [keras tensors]}}.
     * A shared layer has one node per call; its inputs are the union.
     */
    static List<String> inboundNames(JsonNode inboundNodes, String prefix) {
        Set<String> names = new LinkedHashSet<>();
        collectInbound(inboundNodes, prefix, names);
        return new ArrayList<>(names);
    }

    private static void collectInbound(JsonNode node, String prefix, Set<String> names) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return;
        }
        if (node.isObject()) {
            JsonNode history = node.path("config").path("keras_history");
            if (history.isArray() && history.size() > 0 && history.get(0).isTextual()) {
                names.add(prefix + history.get(0).asText());
                return;
            }
            node.forEach(child -> collectInbound(child, prefix, names));
            return;
        }
        if (node.isArray()) {
            if (node.size() >= 3 && node.get(0).isTextual() && node.get(1).isNumber()) {
                names.add(prefix + node.get(0).asText());
                return;
            }
            node.forEach(child -> collectInbound(child, prefix, names));
        }
    }

    /** {@code output_layers}: a list of {@code [name, node, tensor]}, or one such triple (Keras 3, one output). */
    private static List<String> endpointNames(JsonNode endpoints, String prefix) {
        List<String> names = new ArrayList<>();
        if (endpoints.isArray() && endpoints.size() > 0 && endpoints.get(0).isTextual()) {
            names.add(prefix + endpoints.get(0).asText());
        } else if (endpoints.isArray()) {
            for (JsonNode endpoint : endpoints) {
                if (endpoint.isArray() && endpoint.size() > 0) {
                    names.add(prefix + endpoint.get(0).asText());
                }
            }
        }
        return names;
    }

    /** The inputs and outputs of one (possibly nested) model, by flat name. */
    private static final class Sub {
        final List<String> inputs = new ArrayList<>();
        final List<String> outputs = new ArrayList<>();
    }
}
