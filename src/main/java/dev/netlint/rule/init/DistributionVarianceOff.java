package dev.netlint.rule.init;

import dev.netlint.model.Layer;
import dev.netlint.model.LayerKind;
import dev.netlint.model.Network;
import dev.netlint.model.Severity;
import dev.netlint.model.WeightInit;
import dev.netlint.rule.Dialect;
import dev.netlint.rule.Rule;
import dev.netlint.rule.RuleContext;
import dev.netlint.rule.RuleInfo;

import java.util.List;
import java.util.OptionalDouble;

@RuleInfo(id = "NL304", name = "distribution-variance-off", severity = Severity.WARNING,
        summary = "Weight distribution whose variance is more than 10x off the fan-in rule for the layer")
public final class DistributionVarianceOff implements Rule {

    /** One order of magnitude: within it, normalisation and the optimiser absorb the difference. */
    static final double MAX_RATIO = 10.0;

    @Override
    public void check(Network network, RuleContext context) {
        for (Layer layer : network.layers()) {
            if (!layer.hasWeights() || layer.weightInit().isEmpty()
                    || layer.weightInit().get().scheme() != WeightInit.Scheme.FIXED_DISTRIBUTION
                    || feedsNormalization(network, layer)) {
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
                context.report(layer, init.name() + " gives weight variance " + SignalGain.format(actual.getAsDouble())
                                + ", " + SignalGain.format(ratio > 1 ? ratio : 1 / ratio) + "x "
                                + (ratio > 1 ? "above" : "below") + " the " + rule(layer) + " rule ("
                                + SignalGain.format(recommended.getAsDouble()) + " for fan-in " + layer.fanIn().getAsLong()
                                + ")",
                        ratio > 1 ? "activations and gradients grow by that factor at this layer from the first step"
                                : "activations and gradients shrink by that factor at this layer from the first step",
                        "a fan-scaled initialiser (" + Dialect.of(network).heInit() + " for ReLU, "
                                + Dialect.of(network).glorotInit() + " otherwise), or a std of about " + SignalGain.format(std));
            }
        }
    }

    /** Batch normalisation right after the layer rescales its output, whatever the weights' scale. */
    private static boolean feedsNormalization(Network network, Layer layer) {
        List<Layer> consumers = network.consumers(layer);
        return !consumers.isEmpty() && consumers.stream().allMatch(c -> c.kind() == LayerKind.NORMALIZATION);
    }

    private static String rule(Layer layer) {
        return switch (layer.activation().get().family()) {
            case RELU -> "He (2/fan-in)";
            case SELF_NORMALISING -> "LeCun (1/fan-in)";
            default -> "Glorot (2/(fan-in + fan-out))";
        };
    }
}
