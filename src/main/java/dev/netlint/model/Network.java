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

    /**
     * File-level facts that are not a layer's.
     *
     * @param frameworkOutputValidationDisabled DL4J's {@code validateOutputLayerConfig} was false
     * @param inputNormalizerSaved              whether a DL4J normalizer was saved with the model, where known
     * @param lossesKnown                       false when the format holds no loss (Keras {@code to_json()}):
     *                                          rules must not read a missing loss as a missing output layer
     * @param weightsWithoutTrainingState       the file holds trained weights but no optimiser state (a DL4J zip
     *                                          written with {@code saveUpdater} false): saved to be served
     */
    public record Facts(boolean frameworkOutputValidationDisabled, Optional<Boolean> inputNormalizerSaved,
                        boolean lossesKnown, boolean weightsWithoutTrainingState) {
        public static final Facts NONE = new Facts(false, Optional.empty(), true, false);

        public Facts(boolean frameworkOutputValidationDisabled, Optional<Boolean> inputNormalizerSaved,
                     boolean lossesKnown) {
            this(frameworkOutputValidationDisabled, inputNormalizerSaved, lossesKnown, false);
        }

        public Facts withWeightsWithoutTrainingState(boolean value) {
            return new Facts(frameworkOutputValidationDisabled, inputNormalizerSaved, lossesKnown, value);
        }
    }

    private final Framework framework;
    private final String format;
    private final SourceLocation location;
    private final List<Layer> layers;
    private final List<String> outputNames;
    private final Facts facts;
    private final Optional<Training> training;
    private final Map<String, Layer> byName;
    private final java.util.Set<String> outputSet;
    private final Map<String, List<Layer>> consumers;
    private final List<Layer> outputs;
    /** Worked out on first use (most rules ask for them); immutable lists, so a race only computes them twice. */
    private List<Head> heads;
    private List<Head> trainedHeads;

    /**
     * @param framework   the framework family that wrote the file
     * @param format      human-readable format, e.g. {@code DL4J MultiLayerConfiguration}
     * @param location    where the network starts in the file
     * @param layers      layers and vertices in an order where every layer follows its inputs
     * @param outputNames names of the layers whose output is a network output
     * @param facts       format facts, e.g. whether DL4J's own output-layer validation was switched off
     * @param training    optimiser and metrics, where the format records them
     */
    public Network(Framework framework, String format, SourceLocation location, List<Layer> layers, List<String> outputNames,
                   Facts facts, Optional<Training> training) {
        this.framework = framework;
        this.format = format;
        this.location = location;
        this.layers = List.copyOf(layers);
        this.outputNames = List.copyOf(outputNames);
        this.facts = facts;
        this.training = training;
        this.byName = new HashMap<>();
        for (Layer layer : this.layers) {
            byName.putIfAbsent(layer.name(), layer);
        }
        this.outputSet = java.util.Set.copyOf(this.outputNames);
        this.outputs = this.outputNames.stream().map(byName::get).filter(l -> l != null).toList();
        this.consumers = new HashMap<>();
        for (Layer layer : this.layers) {
            for (String input : layer.inputs()) {
                consumers.computeIfAbsent(input, k -> new java.util.ArrayList<>()).add(layer);
            }
        }
    }

    /** The same network with other file facts (a reader learns some from the archive around the configuration). */
    public Network withFacts(Facts newFacts) {
        return new Network(framework, format, location, layers, outputNames, newFacts, training);
    }

    /**
     * True when the file is made for inference only: no output carries a loss, and the file either holds weights
     * without optimiser state or has no training configuration at all. Training-only checks are notes for it.
     */
    public boolean inferenceOnly() {
        boolean noLoss = layers.stream().noneMatch(l -> l.loss().isPresent());
        return noLoss && (facts.weightsWithoutTrainingState() || !facts.lossesKnown());
    }

    /** {@link Head#all}, computed once. */
    List<Head> heads() {
        List<Head> all = heads;
        if (all == null) {
            all = List.copyOf(Head.compute(this));
            heads = all;
        }
        return all;
    }

    /** {@link Head#of}, computed once. */
    List<Head> trainedHeads() {
        List<Head> trained = trainedHeads;
        if (trained == null) {
            trained = heads().stream().filter(h -> h.trainedWith().isPresent()).toList();
            trainedHeads = trained;
        }
        return trained;
    }

    /** The layers that take this layer's output as an input. */
    public List<Layer> consumers(Layer layer) {
        return consumers.getOrDefault(layer.name(), List.of());
    }

    /** True when the layer's output is a network output. */
    public boolean isOutput(Layer layer) {
        return outputSet.contains(layer.name());
    }

    public Framework framework() {
        return framework;
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

    public Optional<Training> training() {
        return training;
    }

    public Optional<Layer> layer(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The layers whose output is a network output, in declaration order. */
    public List<Layer> outputs() {
        return outputs;
    }

    /** The single layer feeding {@code layer}, if it has exactly one input. */
    public Optional<Layer> soleInput(Layer layer) {
        return layer.inputs().size() == 1 ? layer(layer.inputs().get(0)) : Optional.empty();
    }
}
