package dev.netlint.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One network read from a model file: layers in topological order, the names of its outputs, and facts about the
 * file that some rules need. This is the only type rules see. Immutable; layers are indexed by name once.
 */
public final class Network {

    /** File-level facts that are not a layer's. */
    public record Facts(boolean frameworkOutputValidationDisabled, Optional<Boolean> inputNormalizerSaved) {
        public static final Facts NONE = new Facts(false, Optional.empty());
    }

    private final String format;
    private final SourceLocation location;
    private final List<Layer> layers;
    private final List<String> outputNames;
    private final Facts facts;
    private final Map<String, Layer> byName;

    /**
     * @param format      human-readable format, e.g. {@code DL4J MultiLayerConfiguration}
     * @param location    where the network starts in the file
     * @param layers      layers and vertices in an order where every layer follows its inputs
     * @param outputNames names of the layers whose output is a network output
     * @param facts       format facts, e.g. whether DL4J's own output-layer validation was switched off
     */
    public Network(String format, SourceLocation location, List<Layer> layers, List<String> outputNames,
                   Facts facts) {
        this.format = format;
        this.location = location;
        this.layers = List.copyOf(layers);
        this.outputNames = List.copyOf(outputNames);
        this.facts = facts;
        this.byName = new HashMap<>();
        for (Layer layer : this.layers) {
            byName.putIfAbsent(layer.name(), layer);
        }
    }

    public String format() {
        return format;
    }

    public SourceLocation location() {
        return location;
    }

    public List<Layer> layers() {
        return layers;
    }

    public List<String> outputNames() {
        return outputNames;
    }

    public Facts facts() {
        return facts;
    }

    public Optional<Layer> layer(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The layers whose output is a network output, in declaration order. */
    public List<Layer> outputs() {
        return outputNames.stream().map(byName::get).filter(l -> l != null).toList();
    }

    /** The single layer feeding {@code layer}, if it has exactly one input. */
    public Optional<Layer> soleInput(Layer layer) {
        return layer.inputs().size() == 1 ? layer(layer.inputs().get(0)) : Optional.empty();
    }
}
