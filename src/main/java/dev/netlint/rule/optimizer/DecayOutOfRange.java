package dev.netlint.rule.optimizer;

import dev.netlint.model.Framework;
import dev.netlint.model.Network;
import dev.netlint.model.Optimizer;
import dev.netlint.model.OptimizerKind;
import dev.netlint.model.Severity;
import dev.netlint.rule.Rule;
import dev.netlint.rule.RuleContext;
import dev.netlint.rule.RuleInfo;

import java.util.Map;

/**
 * Momentum, Adam's betas and RMSprop's decay are averaging weights: outside [0, 1) the running averages never forget
 * ({@code >= 1}) or flip sign ({@code < 0}). How much that costs depends on which average it is, so the severity is
 * per coefficient and framework, from the evidence rows: Adam's beta1 or RMSprop's decay at 1.0 failed every task
 * and seed (the average never leaves its starting value), and so did either beta at 1.0 in TensorFlow.js (its bias
 * correction divides by zero); a negative momentum failed two of three tasks; momentum at 1.0, or beta2 at 1.0 in DL4J,
 * did not harm any measured task.
 */
@RuleInfo(id = "NL604", name = "decay-out-of-range", severity = Severity.ERROR,
        trainingOnly = true,
        summary = "Momentum, beta or decay coefficient outside [0, 1)")
public final class DecayOutOfRange implements Rule {

    @Override
    public void check(Network network, RuleContext context) {
        LearningRates.optimizer(network).ifPresent(optimizer -> {
            for (Map.Entry<String, Double> decay : optimizer.decays().entrySet()) {
                double value = decay.getValue();
                if (value < 0 || value >= 1) {
                    Cost cost = cost(network.framework(), optimizer, decay.getKey(), value);
                    context.reportAs(cost.severity(), network.training().get().location(), optimizer.name(),
                            optimizer.name() + " " + decay.getKey() + " = " + value + ", outside [0, 1)",
                            cost.text(), "use the default (" + defaultFor(decay.getKey()) + ")");
                }
            }
        });
    }

    private record Cost(Severity severity, String text) {
    }

    private static Cost cost(Framework framework, Optimizer optimizer, String name, double value) {
        if (value < 0) {
            return new Cost(Severity.WARNING, "the running average it controls flips sign every step, so updates "
                    + "oscillate (measured with momentum -0.5: accuracy 0.93 instead of 1.00 on 10 classes and 0.37 "
                    + "instead of 0.61 on sequences; one task unharmed)");
        }
        if (framework == Framework.KERAS && (isFirstMoment(name) || isSecondMoment(name))) {
            // Keras and TensorFlow.js divide by the bias corrections 1 - beta^t, which are 0 at beta = 1.
            return new Cost(Severity.ERROR, "Adam's bias correction divides by 1 - " + name + "^t, which is 0, so "
                    + "the loss turns NaN (measured in TensorFlow.js: NaN on every task and seed, at beta_1 1.0 "
                    + "and at beta_2 1.0)");
        }
        if (isFirstMoment(name)) {
            return new Cost(Severity.ERROR, "the gradient average never leaves its starting value of zero, so the "
                    + "weights hardly move (measured: accuracy 0.11 to 0.27 instead of 0.65 to 1.00 on every task and "
                    + "seed)");
        }
        if (isSquaredGradientAverage(optimizer, name)) {
            return new Cost(Severity.ERROR, "the squared-gradient average never leaves zero, so every step is the "
                    + "gradient divided by the square root of epsilon, thousands of times the intended size (measured: "
                    + "training stuck at chance, 0.10 and 0.25, on every task and seed)");
        }
        return new Cost(Severity.INFO, "the running average it controls keeps every past value at full weight "
                + "instead of following the recent ones (measured with momentum 1.0 and Adam's beta2 1.0: training "
                + "was not harmed on three tasks)");
    }

    private static boolean isFirstMoment(String name) {
        return name.equals("beta1") || name.equals("beta_1");
    }

    private static boolean isSecondMoment(String name) {
        return name.equals("beta2") || name.equals("beta_2");
    }

    /** RMSprop's decay (DL4J rmsDecay, Keras rho, tfjs decay); Adadelta's rho averages differently and was not measured. */
    private static boolean isSquaredGradientAverage(Optimizer optimizer, String name) {
        return name.equals("rmsDecay") || optimizer.kind() == OptimizerKind.ADAPTIVE
                && (name.equals("rho") || name.equals("decay"));
    }

    private static String defaultFor(String name) {
        return switch (name) {
            case "beta_2", "beta2" -> "0.999";
            case "momentum" -> "0.9";
            case "rho", "rmsDecay", "decay" -> "0.9 to 0.95";
            default -> "0.9";
        };
    }
}
