package dev.netlint.rule.head;

import dev.netlint.model.ActivationKind;
import dev.netlint.model.Framework;
import dev.netlint.model.Head;
import dev.netlint.model.LossKind;
import dev.netlint.model.Network;
import dev.netlint.model.Severity;
import dev.netlint.rule.Dialect;
import dev.netlint.rule.FrameworkSeverity;
import dev.netlint.rule.Rule;
import dev.netlint.rule.RuleContext;
import dev.netlint.rule.RuleInfo;

/**
 * DL4J OutputLayerUtil check 3: DL4J's builder refuses the pair, hence an error there. Keras trains it without
 * complaint and no measurement shows it failing, so there it is a note.
 */
@RuleInfo(id = "NL103", name = "softmax-binary-cross-entropy", severity = Severity.ERROR,
        byFramework = @FrameworkSeverity(framework = Framework.KERAS, severity = Severity.INFO),
        summary = "Softmax output trained with binary cross-entropy, which treats each unit as independent")
public final class SoftmaxBinaryCrossEntropy implements Rule {

    @Override
    public void check(Network network, RuleContext context) {
        for (Head head : Head.of(network)) {
            if (head.hasActivation(ActivationKind.SOFTMAX) && head.loss().kind() == LossKind.BINARY_XENT) {
                context.report(head.layer(), "softmax activation with binary cross-entropy ("
                                + head.loss().name() + ")",
                        (Dialect.of(network).crossEntropyDividesBySum() ? "" : "DL4J's builder refuses this pair; ")
                                + "binary cross-entropy scores every output as its own yes/no question while softmax "
                                + "makes them compete: the loss is not the one-class-per-example likelihood, and "
                                + "multi-label targets cannot all be reached since the outputs sum to 1",
                        Dialect.of(network).pairing(ActivationKind.SOFTMAX, LossKind.MCXENT)
                                + " for one class per example, or "
                                + Dialect.of(network).pairing(ActivationKind.SIGMOID, LossKind.BINARY_XENT)
                                + " for multi-label");
            }
        }
    }
}
