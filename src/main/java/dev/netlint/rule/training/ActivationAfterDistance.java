package dev.netlint.rule.training;

import dev.netlint.model.ActivationKind;
import dev.netlint.model.Head;
import dev.netlint.model.Layer;
import dev.netlint.model.Network;
import dev.netlint.model.Severity;
import dev.netlint.rule.Rule;
import dev.netlint.rule.RuleContext;
import dev.netlint.rule.RuleInfo;

import java.util.Locale;
import java.util.Set;

/**
 * A reported failure: a Siamese network feeds the embedding distance through a trainable Dense and a sigmoid before a
 * contrastive-style loss, which then fights the margin. A Dense + sigmoid + binary cross-entropy head after a
 * distance is a legitimate learned-similarity classifier and is left alone.
 */
@RuleInfo(id = "NL802", name = "activation-after-distance", severity = Severity.WARNING,
        summary = "A trainable layer or sigmoid between an embedding distance and a distance-style loss")
public final class ActivationAfterDistance implements Rule {

    private static final Set<String> DISTANCE_TYPES = Set.of("subtract", "dot", "lambda");

    @Override
    public void check(Network network, RuleContext context) {
        for (Head head : Head.of(network)) {
            Layer output = head.layer();
            if (!output.hasWeights() || !AccuracyOnNonClassificationLoss.isNonClassification(head.loss().kind(),
                    head.loss().name())) {
                continue;
            }
            network.soleInput(output).filter(ActivationAfterDistance::isDistance).ifPresent(distance -> {
                boolean sigmoid = head.hasActivation(ActivationKind.SIGMOID);
                context.report(output, "a trainable " + output.type() + (sigmoid ? " with sigmoid" : "")
                                + " on top of the distance '" + distance.name() + "', trained with " + head.loss().name(),
                        "the loss no longer sees the distance: the layer can rescale or squash it"
                                + (sigmoid ? " into (0, 1), fighting the contrastive margin" : "")
                                + ", and the embeddings get a weak, indirect signal",
                        "feed the distance to the loss directly (remove '" + output.name() + "'), or use binary "
                                + "cross-entropy if you want a learned similarity classifier");
            });
        }
    }

    private static boolean isDistance(Layer layer) {
        return DISTANCE_TYPES.contains(layer.type().toLowerCase(Locale.ROOT));
    }
}
