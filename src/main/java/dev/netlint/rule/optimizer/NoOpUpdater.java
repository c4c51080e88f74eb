package dev.netlint.rule.optimizer;

import dev.netlint.model.Layer;
import dev.netlint.model.Network;
import dev.netlint.model.OptimizerKind;
import dev.netlint.model.Severity;
import dev.netlint.rule.Rule;
import dev.netlint.rule.RuleContext;
import dev.netlint.rule.RuleInfo;

/**
 * DL4J's NoOp updater does not freeze a layer: it hands the raw gradient on, i.e. plain SGD at learning rate 1.0
 * (measured: one step moved the weights by exactly minus the mean gradient). Freezing is FrozenLayer's job. A
 * learning rate of 0 is the opposite mistake: the layer never changes. Neither stops the rest of the network from
 * training, so both are warnings.
 */
@RuleInfo(id = "NL603", name = "noop-updater", severity = Severity.INFO,
        trainingOnly = true,
        summary = "NoOp updater (raw-gradient steps, not a freeze) or learning rate 0 on a layer that is not frozen")
public final class NoOpUpdater implements Rule {

    @Override
    public void check(Network network, RuleContext context) {
        for (Layer layer : network.layers()) {
            if (!layer.hasWeights() || layer.frozen() || layer.updater().isEmpty()) {
                continue;
            }
            boolean noOp = layer.updater().get().kind() == OptimizerKind.NONE;
            boolean zero = layer.updater().get().learningRate().isPresent()
                    && LearningRates.compare(layer.updater().get().learningRate().getAsDouble(), 0) == 0
                    && !layer.updater().get().scheduled();
            if (noOp) {
                context.report(layer, "NoOp updater on a layer that is not frozen",
                        "NoOp does not freeze anything: it applies the raw gradient, plain SGD at learning rate 1.0, "
                                + "so a layer meant to stay fixed keeps changing (measured on three tasks, training "
                                + "itself did not suffer)",
                        "wrap the layer in FrozenLayer if it is meant to stay fixed (transfer learning), otherwise "
                                + "give it a real updater such as Adam(1e-3)");
            } else if (zero) {
                context.report(layer, layer.updater().get().name() + " with learning rate 0 on a layer that is not "
                                + "frozen",
                        "the layer keeps its initial random weights for ever while the rest of the network trains",
                        "give the layer a learning rate, or wrap it in FrozenLayer if it is meant to stay fixed");
            }
        }
    }
}
