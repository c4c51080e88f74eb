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

/** DL4J OutputLayerUtil check 1, applied even where DL4J's validation is off or never ran (JSON load). */
@RuleInfo(id = "NL101", name = "softmax-single-unit", severity = Severity.ERROR,
        summary = "Softmax output layer with a single unit: its output is always exactly 1.0")
public final class SoftmaxSingleUnit implements Rule {

    @Override
    public void check(Network network, RuleContext context) {
        // Every output, trained or not: softmax over one unit is constant whatever the loss. Loss layers are left
        // to NL105, as DL4J's own check leaves them (their nOut is not their own).
        for (Head head : Head.all(network)) {
            if (!head.isLossLayer() && head.hasActivation(ActivationKind.SOFTMAX) && head.hasUnits(1)) {
                Dialect dialect = Dialect.of(network);
                context.report(head.layer(), "softmax with " + dialect.width(1),
                        "the output is the constant 1.0 whatever the input, so nothing can be learned",
                        dialect.head("1", ActivationKind.SIGMOID, LossKind.BINARY_XENT) + " for binary labels, or "
                                + dialect.head("K", ActivationKind.SOFTMAX, LossKind.MCXENT) + " for K >= 2 classes");
            }
        }
    }
}
