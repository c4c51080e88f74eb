package dev.netlint.rule.regularization;

import dev.netlint.model.Layer;
import dev.netlint.model.LayerKind;
import dev.netlint.model.Network;
import dev.netlint.model.Severity;
import dev.netlint.rule.Rule;
import dev.netlint.rule.RuleContext;
import dev.netlint.rule.RuleInfo;

/** Dropout that feeds the output layer directly adds noise to the logits themselves. */
@RuleInfo(id = "NL402", name = "dropout-before-output", severity = Severity.INFO,
        trainingOnly = true,
        summary = "Dropout directly before the output layer")
public final class DropoutBeforeOutput implements Rule {

    @Override
    public void check(Network network, RuleContext context) {
        for (Layer output : network.outputs()) {
            network.soleInput(output).filter(l -> l.kind() == LayerKind.DROPOUT && l.dropout().isPresent())
                    .ifPresent(dropout -> context.report(dropout, dropout.dropout().get().declared()
                                    + " feeds the output layer '" + output.name() + "' directly",
                            "the output sees a different random subset of features at every step, so the loss it "
                                    + "trains on is noisier than the model it serves",
                            "move the dropout one layer earlier, or keep it only if validation shows overfitting"));
        }
    }
}
