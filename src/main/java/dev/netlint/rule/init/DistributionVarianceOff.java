package dev.netlint.rule.init;

import dev.netlint.model.Layer;
import dev.netlint.model.Network;
import dev.netlint.model.Severity;
import dev.netlint.model.WeightInit;
import dev.netlint.rule.Dialect;
import dev.netlint.rule.Rule;
import dev.netlint.rule.RuleContext;
import dev.netlint.rule.RuleInfo;

import java.util.OptionalDouble;

/**
 * The fan-in rules hold between hidden layers; a first layer (input scale and sparsity unknown) or an output layer
 * gets a note about that, an embedding or frozen layer nothing (see {@link WeightPosition}). A note everywhere: the
 * measured cases (docs/evidence) trained as well as their fixed twins.
 */
@RuleInfo(id = "NL304", name = "distribution-variance-off", severity = Severity.INFO,
        trainingOnly = true,
        summary = "Weight distribution whose variance is more than 10x off the fan-in rule for the layer")
public final class DistributionVarianceOff implements Rule {

    /** One order of magnitude: within it, normalisation and the optimiser absorb the difference. */
    static final double MAX_RATIO = 10.0;

    @Override
    public void check(Network network, RuleContext context) {
        for (Layer layer : network.layers()) {
            WeightPosition position = WeightPosition.of(network, layer);
            if (!layer.hasWeights() || layer.weightInit().isEmpty()
                    || layer.weightInit().get().scheme() != WeightInit.Scheme.FIXED_DISTRIBUTION
                    || WeightPosition.feedsNormalization(network, layer) || position == WeightPosition.EXEMPT) {
                continue;
            }
            WeightInit init = layer.weightInit().get();
            OptionalDouble recommended = SignalGain.recommendedVariance(layer);
            OptionalDouble actual = init.fixedVariance();
            if (recommended.isEmpty() || actual.isEmpty() || actual.getAsDouble() <= 0) {
                continue;
            }
            double ratio = actual.getAsDouble() / recommended.getAsDouble();
            if (ratio > MAX_RATIO || ratio < 1 / MAX_RATIO) {
                double std = Math.sqrt(recommended.getAsDouble());
                context.report(layer,
                        init.name() + " gives weight variance " + SignalGain.format(actual.getAsDouble())
                                + ", " + SignalGain.format(ratio > 1 ? ratio : 1 / ratio) + "x "
                                + (ratio > 1 ? "above" : "below") + " the " + rule(layer) + " rule ("
                                + SignalGain.format(recommended.getAsDouble()) + " for fan-in " + layer.fanIn().getAsLong()
                                + ")",
                        cost(position, ratio),
                        "a fan-scaled initialiser (" + Dialect.of(network).heInit() + " for ReLU, "
                                + Dialect.of(network).glorotInit() + " otherwise), or a std of about "
                                + SignalGain.format(std));
            }
        }
    }

    private static String cost(WeightPosition position, double ratio) {
        String effect = ratio > 1 ? "activations and gradients grow by that factor at this layer from the first step"
                : "activations and gradients shrink by that factor at this layer from the first step";
        return switch (position) {
            case FIRST -> effect + " if the inputs are dense and of unit scale; for sparse (multi-hot, one-hot) or "
                    + "unscaled inputs the rule does not apply, and the file does not say which they are";
            case OUTPUT -> effect + " at the output; a small output initialisation is often deliberate";
            default -> effect + "; measured (normal(0, 1) on two 256-unit ReLU layers), training still reached "
                    + "the fixed twin's accuracy, so this is advice";
        };
    }

    private static String rule(Layer layer) {
        return switch (layer.activation().get().family()) {
            case RELU -> "He (2/fan-in)";
            case SELF_NORMALISING -> "LeCun (1/fan-in)";
            default -> "Glorot (2/(fan-in + fan-out))";
        };
    }
}
