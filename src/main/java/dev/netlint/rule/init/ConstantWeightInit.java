package dev.netlint.rule.init;

import dev.netlint.model.Layer;
import dev.netlint.model.Network;
import dev.netlint.model.Severity;
import dev.netlint.model.WeightInit;
import dev.netlint.rule.Dialect;
import dev.netlint.rule.Rule;
import dev.netlint.rule.RuleContext;
import dev.netlint.rule.RuleInfo;

/**
 * Hidden units that start identical get identical gradients and stay identical: the layer acts as one unit. The
 * output layer is exempt: its units receive different gradients from different labels. The network still trains
 * through a layer that acts as one unit, so this is a warning: tasks that need more than one feature fail.
 */
@RuleInfo(id = "NL301", name = "constant-weight-init", severity = Severity.ERROR,
        trainingOnly = true,
        summary = "Hidden weight layer initialised to a constant (zero, ones, constant distribution)")
public final class ConstantWeightInit implements Rule {

    @Override
    public void check(Network network, RuleContext context) {
        for (Layer layer : network.layers()) {
            if (!layer.hasWeights() || network.isOutput(layer)) {
                continue;
            }
            layer.weightInit().filter(WeightInit::isConstant).ifPresent(init ->
                    context.report(layer, "weights initialised to the constant " + init.constant().orElse(0.0)
                                    + " (" + init.name() + ")",
                            "every unit computes the same value and receives the same gradient, so the layer never "
                                    + "learns more than one feature (measured with zeros: accuracy 0.10 instead of 1.00 "
                                    + "on 10 classes, 0.25 instead of 1.00 and 0.75 on 4)"
                                    + (init.constant().orElse(0.0) == 0.0 ? "; with zero weights no gradient reaches "
                                    + "the layers below until its weights move" : ""),
                            Dialect.of(network).heInit() + " for ReLU-family layers, "
                                    + Dialect.of(network).glorotInit()
                                    + " for tanh/sigmoid layers"));
        }
    }
}
