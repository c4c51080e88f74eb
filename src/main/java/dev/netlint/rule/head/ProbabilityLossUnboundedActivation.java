package dev.netlint.rule.head;

import dev.netlint.model.ActivationKind;
import dev.netlint.model.Framework;
import dev.netlint.model.Head;
import dev.netlint.model.Layer;
import dev.netlint.model.Network;
import dev.netlint.model.Severity;
import dev.netlint.rule.Dialect;
import dev.netlint.rule.FrameworkSeverity;
import dev.netlint.rule.Rule;
import dev.netlint.rule.RuleContext;
import dev.netlint.rule.RuleInfo;

/**
 * DL4J OutputLayerUtil check 2, with DL4J's exemption: a loss layer with identity activation is left to NL110,
 * which looks at the layer feeding it. DL4J's builder refuses the pair (an error); Keras clips the outputs into
 * (0, 1) and trains on, with no gradient for clipped outputs: not measured as failing everywhere, so a warning.
 */
@RuleInfo(id = "NL104", name = "probability-loss-unbounded-activation", severity = Severity.ERROR,
        byFramework = @FrameworkSeverity(framework = Framework.KERAS, severity = Severity.WARNING),
        summary = "Cross-entropy loss on an activation that does not produce probabilities in [0, 1]")
public final class ProbabilityLossUnboundedActivation implements Rule {

    @Override
    public void check(Network network, RuleContext context) {
        for (Head head : Head.of(network)) {
            Layer layer = head.layer();
            // from_logits=True: the loss applies softmax or sigmoid itself, so unbounded outputs are what it wants.
            if (!head.loss().kind().expectsProbability() || layer.activation().isEmpty() || head.loss().takesLogits()) {
                continue;
            }
            ActivationKind own = layer.activation().get();
            if (own.boundedToUnitInterval() || own == ActivationKind.OTHER
                    || head.isLossLayer() && own == ActivationKind.IDENTITY) {
                continue;
            }
            Dialect dialect = Dialect.of(network);
            String logits = dialect.logitsOption();
            context.report(layer, head.loss().kind().description() + " (" + head.loss().name() + ") on the "
                            + own.label() + " activation, whose outputs are not probabilities"
                            + (logits.isEmpty() ? "" : " (from_logits is false)"),
                    dialect.logOfUnboundedOutputs(),
                    dialect.activation(ActivationKind.SOFTMAX) + " for one class per example, "
                            + dialect.activation(ActivationKind.SIGMOID) + " for binary or multi-label outputs"
                            + (logits.isEmpty() ? "" : ", or " + logits) + "; for a regression target "
                            + dialect.regressionHead());
        }
    }
}
