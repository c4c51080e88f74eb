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

/** DL4J OutputLayerUtil check 4, on the activation that actually reaches the loss (seed case A). */
@RuleInfo(id = "NL102", name = "sigmoid-multiclass-cross-entropy", severity = Severity.ERROR,
        summary = "Sigmoid outputs trained with multi-class cross-entropy, which assumes a softmax distribution")
public final class SigmoidMultiClassCrossEntropy implements Rule {

    @Override
    public void check(Network network, RuleContext context) {
        for (Head head : Head.of(network)) {
            if (head.hasActivation(ActivationKind.SIGMOID) && head.loss().kind().isMultiClassCrossEntropy()) {
                Dialect dialect = Dialect.of(network);
                String units = head.units().isPresent() ? ", " + dialect.width(head.units().getAsLong()) : "";
                context.report(head.layer(), "sigmoid activation with " + head.loss().kind().description()
                                + " (" + head.loss().name() + ")" + units,
                        "the loss only pushes the true class up and never the others down: outputs saturate "
                                + "at 1.0, accuracy stays at chance while the reported loss looks perfect",
                        dialect.pairing(ActivationKind.SOFTMAX, LossKind.MCXENT) + " (one-hot labels), "
                                + dialect.head("1", ActivationKind.SIGMOID, LossKind.BINARY_XENT) + " (binary labels), or "
                                + dialect.pairing(ActivationKind.SIGMOID, LossKind.BINARY_XENT) + " (multi-label)");
            }
        }
    }
}
