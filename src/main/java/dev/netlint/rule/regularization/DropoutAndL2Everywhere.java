package dev.netlint.rule.regularization;

import dev.netlint.model.Layer;
import dev.netlint.model.LayerKind;
import dev.netlint.model.Network;
import dev.netlint.model.Severity;
import dev.netlint.rule.Rule;
import dev.netlint.rule.RuleContext;
import dev.netlint.rule.RuleInfo;

import java.util.List;

/**
 * Reported: L2(0.01) and Dropout after every dense layer of a network for 110 images; the loss stayed at ln 2.
 * Heavy regularisation fights a model that cannot yet fit anything.
 */
@RuleInfo(id = "NL404", name = "dropout-and-l2-everywhere", severity = Severity.INFO,
        trainingOnly = true,
        summary = "Dropout and L2 >= 0.01 on every hidden dense layer of a small model")
public final class DropoutAndL2Everywhere implements Rule {

    /** Keras' own example value l2(0.01) is already strong: weight decay of 1% of the weight per unit gradient. */
    static final double HEAVY_L2 = 0.01;
    /** Two or more dense layers: one regularised layer is ordinary practice. */
    static final int MIN_LAYERS = 2;
    /** Dense weights in a "small" model; above this, regularisation is usually earned. */
    static final long SMALL_MODEL_WEIGHTS = 10_000_000;

    @Override
    public void check(Network network, RuleContext context) {
        List<Layer> dense = network.layers().stream()
                .filter(l -> l.kind() == LayerKind.DENSE && !network.isOutput(l)).toList();
        if (dense.size() < MIN_LAYERS) {
            return;
        }
        long weights = 0;
        for (Layer layer : dense) {
            if (layer.l2().orElse(0) < HEAVY_L2 || !hasDropout(network, layer)) {
                return;
            }
            weights += layer.fanIn().orElse(0) * layer.units().orElse(0);
        }
        if (weights > SMALL_MODEL_WEIGHTS) {
            return;
        }
        context.report(dense.get(0), "all " + dense.size() + " hidden dense layers have L2 >= " + HEAVY_L2
                        + " and dropout after them",
                "both penalties work against fitting the training data on every layer at once, and a loss that "
                        + "stays high gives no hint which of them holds it there (measured on three tasks, "
                        + "dropout keeping 80% with L2 0.01 on 4 layers trained as well as without them: advice)",
                "train without dropout and L2 first; add them back one at a time once the model overfits");
    }

    /** Dropout on the layer's input (DL4J's dropOut) or a dropout layer after it (Keras). */
    private static boolean hasDropout(Network network, Layer layer) {
        return layer.dropout().isPresent()
                || network.consumers(layer).stream().anyMatch(c -> c.kind() == LayerKind.DROPOUT)
                || network.consumers(layer).stream().anyMatch(c -> c.dropout().isPresent());
    }
}
