package dev.netlint.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A network output as the loss sees it. For an output layer that is the layer itself; for a weightless loss layer
 * with an identity activation (DL4J LossLayer) the activation and width come from the layer feeding it.
 *
 * @param layer      the layer that carries the loss
 * @param loss       the loss
 * @param activation activation of the values that reach the loss
 * @param units      width of the values that reach the loss
 * @param feeder     the layer feeding a loss layer, if it has exactly one input
 */
public record Head(Layer layer, Loss loss, Optional<ActivationKind> activation, OptionalLong units,
                   Optional<Layer> feeder) {

    /** The heads of every network output that carries a loss. */
    public static List<Head> of(Network network) {
        List<Head> heads = new ArrayList<>();
        for (Layer output : network.outputs()) {
            output.loss().ifPresent(loss -> heads.add(head(network, output, loss)));
        }
        return heads;
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

    private static Head head(Network network, Layer output, Loss loss) {
        if (output.kind() != LayerKind.LOSS) {
            return new Head(output, loss, output.activation(), output.units(), Optional.empty());
        }
        Optional<Layer> feeder = network.soleInput(output);
        Optional<ActivationKind> activation = output.activation();
        if (output.hasActivation(ActivationKind.IDENTITY) || activation.isEmpty()) {
            activation = feeder.flatMap(Layer::activation).or(() -> output.activation());
        }
        OptionalLong units = output.units().isPresent() ? output.units()
                : feeder.map(Layer::units).orElse(OptionalLong.empty());
        return new Head(output, loss, activation, units, feeder);
    }
}
