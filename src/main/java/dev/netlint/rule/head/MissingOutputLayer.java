package dev.netlint.rule.head;

import dev.netlint.model.Layer;
import dev.netlint.model.LayerKind;
import dev.netlint.model.Network;
import dev.netlint.model.Severity;
import dev.netlint.rule.Dialect;
import dev.netlint.rule.Rule;
import dev.netlint.rule.RuleContext;
import dev.netlint.rule.RuleInfo;

/** DL4J's zoo SimpleCNN ends this way; fit() then throws "final layer is not an IOutputLayer". */
@RuleInfo(id = "NL107", name = "missing-output-layer", severity = Severity.ERROR,
        trainingOnly = true,
        summary = "A network output is not an output or loss layer, so the network has no loss to train on")
public final class MissingOutputLayer implements Rule {

    @Override
    public void check(Network network, RuleContext context) {
        if (network.outputs().isEmpty()) {
            context.report(network.location(), "network", "the network has no output layer", 
                    "there is nothing to train", "end the network with " + Dialect.of(network).lossCarryingLayer());
            return;
        }
        for (Layer output : network.outputs()) {
            if (!network.facts().lossesKnown() || output.isOutput() || output.kind() == LayerKind.OPAQUE) {
                continue;
            }
            context.report(output, "the network output is " + output.type() + " '" + output.name()
                            + "', which has no loss function",
                    "DL4J's fit() fails with \"final layer is not an IOutputLayer\"",
                    "end the network with " + Dialect.of(network).lossCarryingLayer()
                            + ", with the loss for your labels");
        }
    }
}
