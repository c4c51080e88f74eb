package dev.netlint.read.keras;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * One Keras layer while the graph is being assembled: mutable, because nested models are wired to their callers
 * after both are read, and shapes are filled in afterwards in topological order.
 */
final class KerasNode {

    final String name;
    final String className;
    final JsonNode config;
    final String pointer;
    final List<String> inputs = new ArrayList<>();
    /** Output shape without the batch axis; -1 for an unknown dimension; null when unknown. */
    long[] shape;

    KerasNode(String name, String className, JsonNode config, String pointer) {
        this.name = name;
        this.className = className;
        this.config = config;
        this.pointer = pointer;
    }

    String name() {
        return name;
    }

    List<String> inputs() {
        return inputs;
    }

    /** The configuration of the layer a wrapper (TimeDistributed, Bidirectional) applies, or this one's. */
    JsonNode innerConfig() {
        JsonNode inner = config.path("layer");
        return inner.isObject() && inner.has("config") ? inner.get("config") : config;
    }

    String innerClassName() {
        JsonNode inner = config.path("layer");
        return inner.isObject() && inner.has("class_name") ? inner.get("class_name").asText() : className;
    }
}
