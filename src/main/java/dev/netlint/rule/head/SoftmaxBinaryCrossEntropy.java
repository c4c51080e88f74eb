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

/** DL4J OutputLayerUtil check 3. */
@RuleInfo(id = "NL103", name = "softmax-binary-cross-entropy", severity = Severity.ERROR,
        summary = "Softmax output trained with binary cross-entropy, which treats each unit as independent")
public final class SoftmaxBinaryCrossEntropy implements Rule {

    @Override
    public void check(Network network, RuleContext context) {
        for (Head head : Head.of(network)) {
            if (head.hasActivation(ActivationKind.SOFTMAX) && head.loss().kind() == LossKind.BINARY_XENT) {
                context.report(head.layer(), "softmax activation with binary cross-entropy ("
                                + head.loss().name() + ")",
                        "binary cross-entropy scores every unit as its own yes/no question while softmax couples "
                                + "them, so gradients are wrong for both multi-class and multi-label labels",
                        Dialect.of(network).pairing(ActivationKind.SOFTMAX, LossKind.MCXENT)
                                + " for one class per example, or "
                                + Dialect.of(network).pairing(ActivationKind.SIGMOID, LossKind.BINARY_XENT)
                                + " for multi-label");
            }
        }
    }
}
