package dev.netlint.rule.labels;

import dev.netlint.model.Head;
import dev.netlint.model.LabelMode;
import dev.netlint.model.Network;
import dev.netlint.model.Severity;
import dev.netlint.rule.Dialect;
import dev.netlint.rule.Rule;
import dev.netlint.rule.RuleContext;
import dev.netlint.rule.RuleInfo;

import java.util.Optional;

/** Without a declaration netlint cannot compare head and labels; it says what it assumed instead. */
@RuleInfo(id = "NL203", name = "inferred-label-mode", severity = Severity.INFO,
        summary = "No label declaration: the label mode the output head implies")
public final class InferredLabelMode implements Rule {

    @Override
    public void check(Network network, RuleContext context) {
        if (context.labels().isPresent()) {
            return;
        }
        for (Head head : Head.of(network)) {
            Optional<LabelMode> implied = HeadShape.implied(head);
            if (implied.isEmpty()) {
                continue;
            }
            String classes = switch (implied.get()) {
                case BINARY -> "<classes>2</classes>";
                case REGRESSION -> "";
                default -> head.units().isPresent() ? "<classes>" + head.units().getAsLong() + "</classes>" : "";
            };
            context.report(head.layer(), "no label declaration; the head ("
                            + HeadShape.describe(head, Dialect.of(network)) + ") implies " + implied.get().label() + " labels",
                    "netlint cannot tell whether your labels match",
                    "declare them: <model><file>...</file><labels>" + implied.get().label() + "</labels>"
                            + classes + "</model>");
        }
    }
}
