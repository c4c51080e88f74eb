package dev.netlint.rule.training;

import dev.netlint.model.Network;
import dev.netlint.model.Severity;
import dev.netlint.rule.Rule;
import dev.netlint.rule.RuleContext;
import dev.netlint.rule.RuleInfo;

/** Seed case E: training rescaled pixels by 1/255, the prediction script did not; 98% became 67%. */
@RuleInfo(id = "NL803", name = "no-input-scaling", severity = Severity.INFO,
        summary = "Image model without a Rescaling or Normalization layer: preprocessing lives outside the model")
public final class NoInputScaling implements Rule {

    @Override
    public void check(Network network, RuleContext context) {
        if (context.inputScalingDeclared() || ImageInputScaling.scalesItsInput(network)) {
            return;
        }
        ImageInputScaling.imageInput(network).ifPresent(input -> context.report(input,
                "image model with no Rescaling or Normalization layer; preprocessing lives outside the model",
                "prediction code must repeat the training pipeline's scaling exactly, and forgetting it fails "
                        + "silently (seed case E: 98% validation accuracy, 67% in production)",
                "bake it in: a Rescaling(1/255) or Normalization layer first, so prediction cannot forget it"));
    }
}
