package dev.netlint.rule.init;

import dev.netlint.model.Layer;
import dev.netlint.model.LayerKind;
import dev.netlint.model.Network;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Where a weight layer sits, as far as its initialiser's scale is concerned. The fan-in rules (He, Glorot, LeCun)
 * assume inputs of unit variance with every input active; that holds between hidden layers, but not for the layer
 * that takes the network's input (a sparse multi-hot or one-hot input has a handful of active inputs out of
 * thousands, pixel values are not unit-variance, and the file does not say which), not for an embedding (a look-up:
 * one row per example), and not for an output layer (a small output initialisation is a deliberate choice).
 */
enum WeightPosition {
    /** Between hidden layers: the fan-in rules apply. */
    HIDDEN,
    /** Reads the network input, whose scale and sparsity the file does not record. */
    FIRST,
    /** Produces a network output. */
    OUTPUT,
    /** A look-up table, or a layer whose weights the file keeps fixed: the initialiser does not shape a signal. */
    EXEMPT;

    /** Layers that pass the network input on unchanged in scale. */
    private static final Set<LayerKind> PASS_THROUGH = Set.of(LayerKind.DROPOUT, LayerKind.RESHAPE, LayerKind.INPUT);

    static WeightPosition of(Network network, Layer layer) {
        if (layer.kind() == LayerKind.EMBEDDING || layer.frozen()) {
            return EXEMPT;
        }
        if (network.isOutput(layer)) {
            return OUTPUT;
        }
        return readsNetworkInput(network, layer) ? FIRST : HIDDEN;
    }

    /** Batch normalisation right after the layer rescales and re-centres its output, whatever the weights. */
    static boolean feedsNormalization(Network network, Layer layer) {
        List<Layer> consumers = network.consumers(layer);
        return !consumers.isEmpty() && consumers.stream().allMatch(c -> c.kind() == LayerKind.NORMALIZATION);
    }

    /** True when every path upstream reaches the network input without another weight layer. */
    static boolean readsNetworkInput(Network network, Layer layer) {
        Deque<String> todo = new ArrayDeque<>(layer.inputs());
        Set<String> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            String name = todo.pop();
            if (!seen.add(name)) {
                continue;
            }
            Layer upstream = network.layer(name).orElse(null);
            if (upstream == null || upstream.kind() == LayerKind.INPUT) {
                continue;
            }
            if (!PASS_THROUGH.contains(upstream.kind())) {
                return false;
            }
            todo.addAll(upstream.inputs());
        }
        return true;
    }
}
