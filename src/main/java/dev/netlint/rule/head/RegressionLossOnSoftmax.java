package dev.netlint.rule.head;

import dev.netlint.model.ActivationKind;
import dev.netlint.model.Head;
import dev.netlint.model.Network;
import dev.netlint.model.Severity;
import dev.netlint.rule.Rule;
import dev.netlint.rule.RuleContext;
import dev.netlint.rule.RuleInfo;

@RuleInfo(id = "NL106", name = "regression-loss-on-softmax", severity = Severity.WARNING,
        summary = "Squared or absolute error loss on a softmax classifier")
public final class RegressionLossOnSoftmax implements Rule {

    @Override
    public void check(Network network, RuleContext context) {
        for (Head head : Head.of(network)) {
            if (head.hasActivation(ActivationKind.SOFTMAX) && head.loss().kind().isRegressionFamily()) {
                context.report(head.layer(), "softmax activation with " + head.loss().kind().description()
                                + " (" + head.loss().name() + ")",
                        "the gradient vanishes when the softmax saturates on a wrong class, so a classifier "
                                + "learns slowly or stalls",
                        "MCXENT (one-hot labels) or sparse MCXENT (integer labels) for classification; "
                                + "identity activation for a regression target");
            }
        }
    }
}
