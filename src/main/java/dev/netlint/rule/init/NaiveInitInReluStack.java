package dev.netlint.rule.init;

import dev.netlint.model.Layer;
import dev.netlint.model.Network;
import dev.netlint.model.Severity;
import dev.netlint.rule.Dialect;
import dev.netlint.rule.Rule;
import dev.netlint.rule.RuleContext;
import dev.netlint.rule.RuleInfo;
import dev.netlint.rule.Stacks;

import java.util.List;
import java.util.OptionalDouble;

/** A reported failure: tiny fixed-scale initialisers shrink the signal layer after layer in a ReLU stack. */
@RuleInfo(id = "NL302", name = "naive-init-in-relu-stack", severity = Severity.WARNING,
        trainingOnly = true,
        summary = "Fixed-scale uniform or normal initialiser in a stack of 3 or more ReLU-family layers")
public final class NaiveInitInReluStack implements Rule {

    private static final String MEASURED = " (measured with N(0, 0.01) on 4 ReLU layers: accuracy 0.93 instead of 1.00 "
            + "on 10 classes, failing on one seed of three; uniform(-0.05, 0.05) and a CNN trained)";

    /** Three layers: the depth at which the reported LeNet-style failure's shrinkage already reached the output. */
    static final int MIN_STACK = 3;
    /** A per-layer gain inside [1/2, 2] means the fixed scale happens to match He's rule: leave it alone. */
    static final double TOLERATED_GAIN = 2.0;

    @Override
    public void check(Network network, RuleContext context) {
        List<List<Layer>> runs = Stacks.runs(network, layer -> WeightPosition.of(network, layer) != WeightPosition.EXEMPT
                && layer.activation().map(a -> a.isReluFamily()).orElse(false)
                        && layer.weightInit().map(init -> init.scheme().naiveScale()).orElse(false));
        for (List<Layer> run : runs) {
            if (run.size() < MIN_STACK) {
                continue;
            }
            double product = 1.0;
            boolean allKnown = true;
            boolean allTolerated = true;
            for (Layer layer : run) {
                OptionalDouble gain = SignalGain.of(layer);
                if (gain.isEmpty()) {
                    allKnown = false;
                    continue;
                }
                product *= gain.getAsDouble();
                allTolerated &= gain.getAsDouble() >= 1 / TOLERATED_GAIN && gain.getAsDouble() <= TOLERATED_GAIN;
            }
            if (allKnown && allTolerated) {
                continue;
            }
            Layer first = run.get(0);
            // The layer reading the network input has an unknown input scale (sparse, one-hot, raw pixels): the
            // stack is certain only if it is deep enough without it.
            boolean firstReadsInput = WeightPosition.of(network, first) == WeightPosition.FIRST;
            int hidden = firstReadsInput ? run.size() - 1 : run.size();
            String effect = allKnown ? "the signal variance is scaled by " + SignalGain.format(product)
                    + " across the stack (1.0 would keep it), so the deep layers start "
                    + (product < 1 ? "with a shrunken signal" : "with an amplified signal")
                    : "fixed scales ignore fan-in, so the signal shrinks or grows layer after layer";
            context.reportAs(hidden >= MIN_STACK ? Severity.WARNING : Severity.INFO, first, run.size()
                            + " stacked ReLU-family layers (" + Stacks.names(run) + ") use a fixed-scale initialiser ("
                            + first.weightInit().get().name() + ")",
                    hidden >= MIN_STACK ? effect + MEASURED : effect + " (if the inputs are dense and of unit scale: '"
                            + first.name() + "' reads the network input, whose scale the file does not record)",
                    "use " + Dialect.of(network).heInit() + " for ReLU-family layers");
        }
    }
}
