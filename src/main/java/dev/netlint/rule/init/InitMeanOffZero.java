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
@RuleInfo(id = "NL305", name = "init-mean-off-zero", severity = Severity.WARNING,
        trainingOnly = true,
        summary = "Weight distribution whose mean is far from zero on a hidden layer (RandomUniform(0, 1))")
public final class InitMeanOffZero implements Rule {

    private static final String MEASURED = "";

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
            double offset = Math.abs(init.mean()) * Math.sqrt(layer.fanIn().getAsLong())
                    / Math.sqrt(variance.getAsDouble());
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
     * The offset a unit shares with every other unit, |mean| x fan-in (times the inputs' mean), against the random
     * part that tells units apart, std x sqrt(fan-in) (times the inputs' scale): at least as large means the units
     * start more alike than different.
     */
    static boolean offCentre(double mean, double variance, long fanIn) {
        return fanIn > 0 && Math.abs(mean) * Math.sqrt(fanIn) >= Math.sqrt(variance);
    }
}
