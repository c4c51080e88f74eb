package dev.netlint.rule.head;

import dev.netlint.model.Head;
import dev.netlint.model.Network;
import dev.netlint.model.Severity;
import dev.netlint.rule.Dialect;
import dev.netlint.rule.Rule;
import dev.netlint.rule.RuleContext;
import dev.netlint.rule.RuleInfo;

@RuleInfo(id = "NL109", name = "loss-weights-length", severity = Severity.ERROR,
        summary = "Per-output loss weights whose length differs from the number of output units")
public final class LossWeightsLength implements Rule {

    @Override
    public void check(Network network, RuleContext context) {
        for (Head head : Head.of(network)) {
            if (head.loss().weightsLength().isEmpty() || head.units().isEmpty()) {
                continue;
            }
            long weights = head.loss().weightsLength().getAsLong();
            long units = head.units().getAsLong();
            if (weights != units) {
                context.report(head.layer(), head.loss().name() + " has " + weights + " weights for an output of "
                                + Dialect.of(network).width(units),
                        "the first training step fails with \"Weights vector (length " + weights
                                + ") does not match output.size(1)=" + units + "\"",
                        "give exactly one weight per output (" + units + ")");
            }
        }
    }
}
