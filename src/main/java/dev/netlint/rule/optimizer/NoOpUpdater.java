package dev.netlint.rule.optimizer;

import dev.netlint.model.Layer;
import dev.netlint.model.Network;
import dev.netlint.model.OptimizerKind;
import dev.netlint.model.Severity;
import dev.netlint.rule.Rule;
import dev.netlint.rule.RuleContext;
import dev.netlint.rule.RuleInfo;

/** DL4J's NoOp updater never changes the weights; frozen layers use it on purpose, trainable ones by mistake. */
@RuleInfo(id = "NL603", name = "noop-updater", severity = Severity.ERROR,
        summary = "NoOp updater (or learning rate 0) on a trainable layer: its weights never change")
public final class NoOpUpdater implements Rule {

    @Override
    public void check(Network network, RuleContext context) {
        for (Layer layer : network.layers()) {
            if (!layer.hasWeights() || layer.frozen() || layer.updater().isEmpty()) {
                continue;
            }
            boolean noOp = layer.updater().get().kind() == OptimizerKind.NONE;
            boolean zero = layer.updater().get().learningRate().isPresent()
                    && layer.updater().get().learningRate().getAsDouble() == 0 && !layer.updater().get().scheduled();
            if (noOp || zero) {
                context.report(layer, (noOp ? "NoOp updater" : layer.updater().get().name() + " with learning rate 0")
                                + " on a layer that is not frozen",
                        "the layer keeps its initial random weights for ever while the rest of the network trains",
                        "give the layer a real updater (e.g. Adam(1e-3)), or wrap it in FrozenLayer if it is meant "
                                + "to stay fixed");
            }
        }
    }
}
