package dev.netlint.rule.training;

import dev.netlint.model.Network;
import dev.netlint.model.Severity;
import dev.netlint.rule.Dialect;
import dev.netlint.rule.Rule;
import dev.netlint.rule.RuleContext;
import dev.netlint.rule.RuleInfo;

/**
 * An image model that leaves input scaling to the code around it: every caller must repeat training's scaling, and
 * nothing fails when one does not.
 */
@RuleInfo(id = "NL803", name = "no-input-scaling", severity = Severity.INFO,
        summary = "Image model without a Rescaling or Normalization layer: preprocessing lives outside the model")
public final class NoInputScaling implements Rule {

    @Override
    public void check(Network network, RuleContext context) {
        if (context.inputScalingDeclared() || ImageInputScaling.scalesItsInput(network)) {
            return;
        }
        ImageInputScaling.imageInput(network).ifPresent(input -> context.report(input,
                "image model that does not scale its own input; preprocessing lives outside the model",
                "prediction code must repeat the training pipeline's scaling exactly; a caller that forgets feeds "
                        + "inputs on another scale (255 times larger for a 1/255 rescale) and gets no error",
                "bake it in: " + Dialect.of(network).inputScaling() + ", so prediction cannot forget it"));
    }
}
