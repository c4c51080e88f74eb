package dev.netlint.rule.head;

import dev.netlint.model.ActivationKind;
import dev.netlint.model.Head;
import dev.netlint.model.Layer;
import dev.netlint.model.Network;
import dev.netlint.model.Severity;
import dev.netlint.rule.Dialect;
import dev.netlint.rule.Rule;
import dev.netlint.rule.RuleContext;
import dev.netlint.rule.RuleInfo;

/**
 * DL4J exempts identity loss layers from its probability check so that dense(softmax) -> loss(identity) passes;
 * its own comment admits that dense(relu) -> loss(identity) then passes too. This rule closes that gap.
 */
@RuleInfo(id = "NL110", name = "loss-layer-after-unbounded-activation", severity = Severity.WARNING,
        summary = "Identity loss layer with a cross-entropy loss after a layer whose outputs are not probabilities")
public final class LossLayerAfterUnboundedActivation implements Rule {

    @Override
    public void check(Network network, RuleContext context) {
        for (Head head : Head.of(network)) {
            if (!head.isLossLayer() || !head.layer().hasActivation(ActivationKind.IDENTITY)
                    || !head.loss().kind().expectsProbability() || head.feeder().isEmpty()) {
                continue;
            }
            Layer feeder = head.feeder().get();
            ActivationKind fed = feeder.activation().orElse(null);
            if (fed == null || fed.boundedToUnitInterval() || fed == ActivationKind.OTHER) {
                continue;
            }
            context.report(head.layer(), head.loss().kind().description() + " (" + head.loss().name()
                            + ") on the " + fed.label() + " outputs of '" + feeder.name() + "'",
                    "the loss takes the log of values that are not probabilities: measured, accuracy 0.50 instead "
                            + "of 1.00 on a 10-class task and 0.83 instead of 1.00 on a CNN; DL4J's own check lets "
                            + "this through for loss layers",
                    "give '" + feeder.name() + "' " + Dialect.of(network).activation(ActivationKind.SOFTMAX)
                            + " (one class per example) or " + Dialect.of(network).activation(ActivationKind.SIGMOID)
                            + " (binary, multi-label)");
        }
    }
}
