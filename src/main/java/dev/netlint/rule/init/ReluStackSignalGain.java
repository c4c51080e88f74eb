package dev.netlint.rule.init;

import dev.netlint.model.Layer;
import dev.netlint.model.Network;
import dev.netlint.model.Optimizer;
import dev.netlint.model.OptimizerKind;
import dev.netlint.model.Severity;
import dev.netlint.rule.Dialect;
import dev.netlint.rule.Rule;
import dev.netlint.rule.RuleContext;
import dev.netlint.rule.RuleInfo;
import dev.netlint.rule.Stacks;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A fan-scaled initialiser that is not He's keeps the signal of a ReLU layer only approximately: Glorot scales it by
 * fan-in / (fan-in + fan-out) (one half for equal widths), LeCun by one half, so a deep ReLU stack starts with the
 * signal all but gone (He et al. 2015, section 2.2). NL302 judges fixed-scale initialisers; this rule every other
 * initialiser whose variance the file states.
 */
@RuleInfo(id = "NL306", name = "relu-stack-signal-gain", severity = Severity.WARNING,
        trainingOnly = true,
        summary = "ReLU stack whose initialisers scale the signal variance below 0.2 (or above 5) in all: Glorot, LeCun")
public final class ReluStackSignalGain implements Rule {

    /**
     * Product of the per-layer gains beyond which the stack is reported. Measured with SGD (docs/rules/NL306.md): a
     * product of 0.125 (4 Glorot layers) already failed some seeds, 0.031 (6 layers) every one; 0.25 is 3 layers.
     */
    static final double MAX_GAIN_OFF = 5;
    /**
     * Hidden layers the product must span, besides the one reading the input: the shortest measured failing stack
     * (4 layers) has 3. A single widening layer (16 to 256 units: Glorot keeps 1/17) is not a deep stack.
     */
    static final int MIN_HIDDEN = 3;

    private static final String MEASURED_SGD = " (measured with SGD(0.01): 6 such layers reached accuracy 0.50-0.79 "
            + "instead of 0.98-1.00 on 10 classes, 12 layers 0.10-0.20, and 4 layers failed some seeds; with Nesterov "
            + "momentum 0.9, 12 layers reached 0.55 instead of 1.00)";
    private static final String MEASURED_UNKNOWN_OPTIMISER = "; the file does not say which optimiser trains it: "
            + "measured with SGD(0.01), 6 such layers reached accuracy 0.50-0.79 instead of 0.98-1.00, while with "
            + "Adam(1e-3) 12 layers trained as well as with He, so this is advice";
    private static final String MEASURED_SELF_SCALING = "; this optimiser rescales every step, and measured with "
            + "Adam(1e-3) 12 such layers trained as well as with He, so this is advice";

    /** Optimisers that divide each step by a running gradient scale, which undoes a uniformly shrunken gradient. */
    private static final Set<OptimizerKind> SELF_SCALING = Set.of(OptimizerKind.ADAPTIVE, OptimizerKind.ADAGRAD,
            OptimizerKind.ADADELTA, OptimizerKind.FTRL);

    @Override
    public void check(Network network, RuleContext context) {
        List<List<Layer>> runs = Stacks.runs(network, layer -> WeightPosition.of(network, layer)
                != WeightPosition.EXEMPT && layer.activation().map(a -> a.isReluFamily()).orElse(false)
                && layer.weightInit().map(init -> !init.scheme().naiveScale() && !init.isConstant()).orElse(false)
                && SignalGain.of(layer).isPresent());
        // Measured: SGD, plain or with Nesterov momentum, failed the stack; Adam trained it as well as He did. A file
        // that does not say which optimiser trains it cannot be told apart, so it gets a note.
        Optional<Optimizer> optimizer = network.training().flatMap(t -> t.optimizer());
        boolean sgd = optimizer.map(o -> !SELF_SCALING.contains(o.kind())).orElse(false);
        for (List<Layer> run : runs) {
            // The layer reading the network input is left out: the fan rules assume unit-variance inputs, which
            // pixels, one-hot or sparse inputs are not (see WeightPosition); the product is the hidden layers' own.
            double product = 1.0;
            int hidden = 0;
            for (Layer layer : run) {
                if (WeightPosition.of(network, layer) == WeightPosition.HIDDEN) {
                    product *= SignalGain.of(layer).getAsDouble();
                    hidden++;
                }
            }
            if (hidden < MIN_HIDDEN || (product >= 1 / MAX_GAIN_OFF && product <= MAX_GAIN_OFF)) {
                continue;
            }
            Layer first = run.get(0);
            Dialect dialect = Dialect.of(network);
            String problem = run.size() + " stacked ReLU-family layers (" + Stacks.names(run) + ") initialised "
                    + initialisers(run) + " scale the signal variance by " + SignalGain.format(product)
                    + " across the stack (1.0 would keep it)";
            String effect = product < 1
                    ? "the deep layers and the output start from a vanishing signal, and the gradient reaching the "
                            + "first layers shrinks alike"
                    : "the deep layers and the output start from an exploding signal, and the gradient grows alike";
            context.reportAs(sgd ? Severity.WARNING : Severity.INFO, first, problem,
                    effect + (sgd ? MEASURED_SGD : optimizer.isPresent() ? MEASURED_SELF_SCALING
                            : MEASURED_UNKNOWN_OPTIMISER),
                    "use " + dialect.heInit() + " for ReLU-family layers, which keeps the variance at 1 per layer");
        }
    }

    private static String initialisers(List<Layer> run) {
        List<String> names = run.stream().map(l -> l.weightInit().get().name()).distinct().toList();
        return names.size() == 1 ? "with " + names.get(0) : "with " + String.join(", ", names);
    }
}
