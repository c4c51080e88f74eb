package dev.netlint.rule.head;

import dev.netlint.model.ActivationKind;
import dev.netlint.model.Head;
import dev.netlint.model.LossKind;
import dev.netlint.model.Network;
import dev.netlint.model.Severity;
import dev.netlint.rule.Dialect;
import dev.netlint.rule.Rule;
import dev.netlint.rule.RuleContext;
import dev.netlint.rule.RuleInfo;

/**
 * The gap in DL4J's check: a loss layer has no nOut of its own, so DL4J cannot see that the layer feeding it has a
 * single unit. netlint takes the width from the feeding layer.
 */
@RuleInfo(id = "NL105", name = "multiclass-cross-entropy-single-unit", severity = Severity.ERROR,
        summary = "Loss layer applies multi-class cross-entropy to a single softmax unit")
public final class MultiClassCrossEntropySingleUnit implements Rule {

    @Override
    public void check(Network network, RuleContext context) {
        for (Head head : Head.of(network)) {
            if (head.isLossLayer() && head.loss().kind().isMultiClassCrossEntropy() && head.hasUnits(1)
                    && head.hasActivation(ActivationKind.SOFTMAX)) {
                context.report(head.layer(), head.loss().kind().description() + " over a single softmax unit from '"
                                + head.feeder().map(l -> l.name()).orElse("?") + "'",
                        "a one-unit distribution is always 1.0, so the loss is constant and no gradient flows",
                        "feed it " + Dialect.of(network).width(1) + " with "
                                + Dialect.of(network).pairing(ActivationKind.SIGMOID, LossKind.BINARY_XENT)
                                + " for binary labels, or K >= 2 outputs with "
                                + Dialect.of(network).pairing(ActivationKind.SOFTMAX, LossKind.MCXENT));
            }
        }
    }
}
