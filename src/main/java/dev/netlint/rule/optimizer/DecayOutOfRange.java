package dev.netlint.rule.optimizer;

import dev.netlint.model.Network;
import dev.netlint.model.Optimizer;
import dev.netlint.model.Severity;
import dev.netlint.rule.Rule;
import dev.netlint.rule.RuleContext;
import dev.netlint.rule.RuleInfo;

import java.util.Map;

/**
 * Momentum, Adam's betas and RMSprop's decay are averaging weights: outside [0, 1) the running averages grow without
 * bound ({@code >= 1}) or flip sign ({@code < 0}). Not measured yet, and DL4J and Keras accept such values: a
 * warning.
 */
@RuleInfo(id = "NL604", name = "decay-out-of-range", severity = Severity.WARNING,
        trainingOnly = true,
        summary = "Momentum, beta or decay coefficient outside [0, 1)")
public final class DecayOutOfRange implements Rule {

    @Override
    public void check(Network network, RuleContext context) {
        LearningRates.optimizer(network).ifPresent(optimizer -> {
            for (Map.Entry<String, Double> decay : optimizer.decays().entrySet()) {
                double value = decay.getValue();
                if (LearningRates.below(value, 0) || LearningRates.atLeast(value, 1)) {
                    context.report(network.training().get().location(), optimizer.name(),
                            optimizer.name() + " " + decay.getKey() + " = " + LearningRates.format(value) + ", outside [0, 1)",
                            LearningRates.atLeast(value, 1) ? "the running average it controls never forgets: momentum keeps every past "
                                    + "gradient at full weight (nothing damps the steps), and an Adam or RMSprop "
                                    + "average stays at its starting value instead of following the gradients"
                                    : "the running average it controls flips sign every step, so updates oscillate",
                            "use the default (" + defaultFor(optimizer, decay.getKey()) + ")");
                }
            }
        });
    }

    private static String defaultFor(Optimizer optimizer, String name) {
        return switch (name) {
            case "beta_2", "beta2" -> "0.999";
            case "momentum" -> "0.9";
            case "rho", "rmsDecay", "decay" -> "0.9 to 0.95";
            default -> "0.9";
        };
    }
}
