package dev.netlint.rule.training;

import dev.netlint.model.Network;
import dev.netlint.model.Severity;
import dev.netlint.rule.Dialect;
import dev.netlint.rule.Rule;
import dev.netlint.rule.RuleContext;
import dev.netlint.rule.RuleInfo;

/** NL803 escalated: the user says training scaled the inputs, and the model does not do it itself. */
@RuleInfo(id = "NL804", name = "declared-input-scaling-outside-model", severity = Severity.INFO,
        summary = "Training scaled the inputs (declared inputScaling) but the image model has no scaling layer")
public final class DeclaredInputScalingOutsideModel implements Rule {

    @Override
    public void check(Network network, RuleContext context) {
        if (!context.inputScalingDeclared() || ImageInputScaling.scalesItsInput(network)) {
            return;
        }
        ImageInputScaling.imageInput(network).ifPresent(input -> context.report(input,
                "the build declares <inputScaling>true</inputScaling>, but the model does not scale its own input",
                "every caller of the model must scale the input exactly as training did; a caller that forgets feeds "
                        + "inputs on another scale (255 times larger for a 1/255 rescale) and gets no error (measured "
                        + "on two ReLU CNN tasks, raw pixels still gave the same accuracy, so this is advice)",
                "add the scaling to the model (" + Dialect.of(network).inputScaling() + ") and re-save"));
    }
}
