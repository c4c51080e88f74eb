package dev.netlint.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * A network output as the loss sees it. For a layer with weights that is the layer itself. For a layer that only
 * passes values on (a DL4J LossLayer, a Keras Activation or Dropout layer), the width comes from the nearest
 * layer upstream that has one, and an identity activation lets the upstream activation through.
 *
 * @param layer       the output layer
 * @param trainedWith the loss on this output, where the format records it
 * @param activation  activation of the values that reach the loss
 * @param units       width of the values that reach the loss
 * @param feeder      the layer feeding a pass-through output, if it has exactly one input
 */
public record Head(Layer layer, Optional<Loss> trainedWith, Optional<ActivationKind> activation, OptionalLong units,
                   Optional<Layer> feeder) {

    private static final Set<LayerKind> PASS_THROUGH = Set.of(LayerKind.LOSS, LayerKind.ACTIVATION,
            LayerKind.DROPOUT, LayerKind.NORMALIZATION);

    /** The heads of every network output that carries a loss. */
    public static List<Head> of(Network network) {
        return network.trainedHeads();
    }

    /** The heads of every network output, with or without a known loss. */
    public static List<Head> all(Network network) {
        return network.heads();
    }

    /** Works out the heads; {@link Network} keeps them, since most rules ask. */
    static List<Head> compute(Network network) {
        List<Head> heads = new ArrayList<>();
        for (Layer output : network.outputs()) {
            heads.add(head(network, output));
        }
        return heads;
    }

    /** The loss of a head from {@link #of}; every such head has one. */
    public Loss loss() {
        return trainedWith.orElseThrow();
    }

    public boolean isLossLayer() {
        return layer.kind() == LayerKind.LOSS;
    }

    public boolean hasActivation(ActivationKind expected) {
        return activation.filter(a -> a == expected).isPresent();
    }

    public boolean hasUnits(long expected) {
        return units.isPresent() && units.getAsLong() == expected;
    }

    private static Head head(Network network, Layer output) {
        if (!PASS_THROUGH.contains(output.kind())) {
            return new Head(output, output.loss(), output.activation(), output.units(), Optional.empty());
        }
        Optional<Layer> feeder = network.soleInput(output);
        Optional<ActivationKind> activation = output.activation();
        Optional<Layer> upstream = feeder;
        while ((activation.isEmpty() || activation.get() == ActivationKind.IDENTITY) && upstream.isPresent()) {
            activation = upstream.get().activation().or(() -> output.activation());
            if (!PASS_THROUGH.contains(upstream.get().kind())) {
                break;
            }
            upstream = network.soleInput(upstream.get());
        }
        OptionalLong units = output.units();
        for (Optional<Layer> at = feeder; units.isEmpty() && at.isPresent(); at = network.soleInput(at.get())) {
            units = at.get().units();
            if (!PASS_THROUGH.contains(at.get().kind())) {
                break;
            }
        }
        return new Head(output, output.loss(), activation, units, feeder);
    }
}
