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
 * A weight distribution centred away from zero ({@code RandomUniform(0, 1)}, {@code NormalDistribution(1, 0.1)}):
 * every unit of the layer then sums its (after a ReLU, all non-negative) inputs with the same sign, so the units
 * start nearly identical and the shared offset grows with fan-in, layer after layer. NL304 judges only the spread of
 * the distribution, which such an initialiser can have right.
 */
@RuleInfo(id = "NL305", name = "init-mean-off-zero", severity = Severity.ERROR,
        trainingOnly = true,
        summary = "Weight distribution whose mean is far from zero on a hidden layer (RandomUniform(0, 1))")
public final class InitMeanOffZero implements Rule {

    /**
     * An order of magnitude, as NL304's ratio. The measured initialisers, 14 (uniform(0, 1) on 64 inputs) and 160
     * (normal(1, 0.05) on 64) times the random part, failed every task and seed (docs/rules/NL305.md).
     */
    static final double MAX_SHARED_PART = 10.0;

    private static final String MEASURED = " (measured: uniform(0, 1) on two hidden layers left 10 classes at "
            + "accuracy 0.10-0.23 instead of 1.00, a mean of 1 on one layer at 0.10-0.91; every task and seed failed)";

    @Override
    public void check(Network network, RuleContext context) {
        for (Layer layer : network.layers()) {
            WeightPosition position = WeightPosition.of(network, layer);
            if (!layer.hasWeights() || layer.weightInit().isEmpty() || position == WeightPosition.EXEMPT
                    || WeightPosition.feedsNormalization(network, layer)) {
                continue;
            }
            WeightInit init = layer.weightInit().get();
            OptionalDouble variance = init.fixedVariance();
            if (init.isConstant() || variance.isEmpty() || layer.fanIn().isEmpty()
                    || !offCentre(init.mean(), variance.getAsDouble(), layer.fanIn().getAsLong())) {
                continue;
            }
            double offset = sharedPart(init.mean(), variance.getAsDouble(), layer.fanIn().getAsLong());
            String problem = init.name() + " has mean " + SignalGain.format(init.mean()) + ", not 0";
            String cost = "every output of the layer adds the same offset to its sum, about fan-in x mean x the "
                    + "inputs' mean, here " + SignalGain.format(offset) + " times the random part that tells the "
                    + "outputs apart (for unit-scale inputs), so they start nearly alike and the offset compounds "
                    + "layer after layer";
            String fix = "a zero-centred initialiser: " + Dialect.of(network).heInit() + " for ReLU layers, "
                    + Dialect.of(network).glorotInit() + " otherwise";
            if (position == WeightPosition.HIDDEN) {
                context.report(layer, problem, cost + MEASURED, fix);
            } else {
                context.reportAs(Severity.INFO, layer, problem, cost + (position == WeightPosition.FIRST
                        ? " (if the inputs are not centred: '" + layer.name() + "' reads the network input, whose "
                                + "scale the file does not record)"
                        : " (at the output layer, a shared offset mostly shifts every score alike)"), fix);
            }
        }
    }

    /**
     * The offset every output shares, |mean| x fan-in (times the inputs' mean), against the random part that tells
     * the outputs apart, std x sqrt(fan-in) (times the inputs' scale): {@link #MAX_SHARED_PART} times as large or more
     * means the outputs start as nearly one function of the inputs.
     */
    static boolean offCentre(double mean, double variance, long fanIn) {
        return fanIn > 0 && sharedPart(mean, variance, fanIn) >= MAX_SHARED_PART;
    }

    static double sharedPart(double mean, double variance, long fanIn) {
        return Math.abs(mean) * Math.sqrt(fanIn) / Math.sqrt(variance);
    }
}
