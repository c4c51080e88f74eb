package dev.netlint.rule.labels;

import dev.netlint.model.ActivationKind;
import dev.netlint.model.Head;
import dev.netlint.model.LabelMode;
import dev.netlint.model.LossKind;
import dev.netlint.model.Network;
import dev.netlint.model.Severity;
import dev.netlint.rule.Dialect;
import dev.netlint.rule.Rule;
import dev.netlint.rule.RuleContext;
import dev.netlint.rule.RuleInfo;

/**
 * A two-unit softmax is a valid binary classifier only if the single 0/1 label is expanded to one-hot. With one label
 * column the loss refuses the labels at the first training step (measured in DL4J on two tasks): an error.
 */
@RuleInfo(id = "NL204", name = "binary-labels-two-unit-softmax", severity = Severity.ERROR,
        summary = "Binary labels declared for a two-unit softmax head, which needs one-hot labels")
public final class BinaryLabelsOnTwoUnitSoftmax implements Rule {

    @Override
    public void check(Network network, RuleContext context) {
        if (context.labels().isEmpty() || context.labels().get().mode() != LabelMode.BINARY) {
            return;
        }
        for (Head head : Head.of(network)) {
            if (context.labels().get().appliesTo(head.layer().name())
                    && LabelModeMismatch.isTwoUnitSoftmaxForBinary(LabelMode.BINARY, head)) {
                Dialect dialect = Dialect.of(network);
                context.report(head.layer(), "binary labels on a softmax head: " + HeadShape.describe(head, dialect),
                        "it trains only if every 0/1 label is one-hot encoded into 2 columns; with one label column "
                                + "per example the first training step fails (measured: 'Labels and preOutput must have "
                                + "equal shapes', [batch, 1] against [batch, 2])",
                        "one-hot encode the labels (then declare categorical, 2 classes), "
                                + "or use " + dialect.head("1", ActivationKind.SIGMOID, LossKind.BINARY_XENT));
            }
        }
    }
}
