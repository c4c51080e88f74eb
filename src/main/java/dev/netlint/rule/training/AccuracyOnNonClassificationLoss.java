package dev.netlint.rule.training;

import dev.netlint.model.Head;
import dev.netlint.model.LossKind;
import dev.netlint.model.Network;
import dev.netlint.model.Severity;
import dev.netlint.rule.Rule;
import dev.netlint.rule.RuleContext;
import dev.netlint.rule.RuleInfo;

import java.util.List;
import java.util.Locale;

/** A reported failure: 'accuracy' thresholds at 0.5 and means nothing for a distance or a regression target. */
@RuleInfo(id = "NL801", name = "accuracy-on-non-classification-loss", severity = Severity.WARNING,
        trainingOnly = true,
        summary = "Accuracy metric on a model trained with a regression, distance or custom loss")
public final class AccuracyOnNonClassificationLoss implements Rule {

    @Override
    public void check(Network network, RuleContext context) {
        if (network.training().isEmpty()) {
            return;
        }
        List<String> accuracy = network.training().get().metrics().stream()
                .filter(m -> m.equalsIgnoreCase("accuracy") || m.equalsIgnoreCase("acc")).toList();
        List<Head> heads = Head.of(network);
        if (accuracy.isEmpty() || heads.isEmpty() || !heads.stream().allMatch(h -> isNonClassification(h.loss().kind(),
                h.loss().name()))) {
            return;
        }
        Head head = heads.get(0);
        context.report(head.layer(), "metric '" + accuracy.get(0) + "' with the " + head.loss().name() + " loss",
                "accuracy counts predicted classes that match the labels (thresholding one output at 0.5, or taking "
                        + "the largest of several); for a regression or distance output that number means nothing and "
                        + "hides whether training works (measured: Keras reported accuracy 0.00 for a regression "
                        + "model with R\u00b2 0.84)",
                "drop the accuracy metric; watch the loss, or a metric of the task (MAE, a distance threshold)");
    }

    static boolean isNonClassification(LossKind kind, String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return kind.isRegressionFamily() || kind == LossKind.COSINE_PROXIMITY
                || kind == LossKind.OTHER || lower.contains("contrastive") || lower.contains("triplet");
    }
}
