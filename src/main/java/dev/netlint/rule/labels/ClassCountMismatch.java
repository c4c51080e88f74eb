package dev.netlint.rule.labels;

import dev.netlint.model.Head;
import dev.netlint.model.LabelDeclaration;
import dev.netlint.model.LabelMode;
import dev.netlint.model.Network;
import dev.netlint.model.Severity;
import dev.netlint.rule.Rule;
import dev.netlint.rule.RuleContext;
import dev.netlint.rule.RuleInfo;

/** Seed case C: a one-unit head declared for four classes. */
@RuleInfo(id = "NL202", name = "class-count-mismatch", severity = Severity.ERROR,
        summary = "The output width differs from the declared number of classes")
public final class ClassCountMismatch implements Rule {

    @Override
    public void check(Network network, RuleContext context) {
        if (context.labels().isEmpty() || context.labels().get().classes().isEmpty()) {
            return;
        }
        LabelDeclaration declared = context.labels().get();
        int classes = declared.classes().getAsInt();
        for (Head head : Head.of(network)) {
            if (head.units().isEmpty() || !declared.appliesTo(head.layer().name())) {
                continue;
            }
            long units = head.units().getAsLong();
            if (declared.mode() == LabelMode.BINARY) {
                if (classes != 2) {
                    context.report(head.layer(), "declared binary labels with " + classes + " class"
                                    + (classes == 1 ? "" : "es"),
                            "binary means exactly 2 classes; the declaration or the label mode is wrong",
                            classes > 2 ? "declare sparse or categorical labels with " + classes
                                    + " classes and a " + classes + "-unit softmax head" : "declare classes 2");
                }
                continue;
            }
            if (declared.mode() != LabelMode.REGRESSION && units != classes) {
                context.report(head.layer(), "declared " + classes + " classes, but the output has " + units
                                + " unit" + (units == 1 ? "" : "s"),
                        units < classes ? "the head cannot represent " + (classes - units)
                                + " of the classes; accuracy is capped and the loss can diverge"
                                : "the extra units are trained towards classes that never occur",
                        "set nOut of '" + head.layer().name() + "' to " + classes);
            }
        }
    }
}
