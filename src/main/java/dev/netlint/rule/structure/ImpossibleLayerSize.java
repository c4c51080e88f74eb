package dev.netlint.rule.structure;

import dev.netlint.model.Framework;
import dev.netlint.model.Layer;
import dev.netlint.model.LayerKind;
import dev.netlint.model.Network;
import dev.netlint.model.Severity;
import dev.netlint.rule.Rule;
import dev.netlint.rule.RuleContext;
import dev.netlint.rule.RuleInfo;

/**
 * A weight layer needs at least one input and one output: DL4J's {@code init()} refuses nIn or nOut below 1
 * ("nIn and nOut must be > 0"), and Keras refuses {@code units} below 1. Such a file was edited, generated, or
 * written by a DL4J build whose shape inference left a 0 behind (a kernel larger than its input).
 */
@RuleInfo(id = "NL709", name = "impossible-layer-size", severity = Severity.ERROR,
        summary = "A weight layer with nIn or nOut (units) below 1: the network cannot be initialised")
public final class ImpossibleLayerSize implements Rule {

    @Override
    public void check(Network network, RuleContext context) {
        boolean keras = network.framework() == Framework.KERAS;
        for (Layer layer : network.layers()) {
            if (!layer.hasWeights()) {
                continue;
            }
            long units = layer.units().orElse(1);
            // an output layer's nOut = 0 is NL108's (a zoo model without numClasses), with its own fix
            boolean outputZero = layer.kind() == LayerKind.OUTPUT && units == 0;
            if (units < 1 && !outputZero) {
                context.report(layer, (keras ? "units = " : "nOut = ") + units + " on " + layer.type() + " '"
                                + layer.name() + "'",
                        "a layer with no outputs has no weights to train and nothing to pass on; "
                                + (keras ? "Keras refuses to build it" : "DL4J's init() refuses it (nIn and nOut "
                                + "must be > 0)"),
                        "set " + (keras ? "units" : "nOut") + " to the width the layer should have");
            }
            long inputs = layer.inputSize().orElse(1);
            if (inputs < 1) {
                context.report(layer, "nIn = " + inputs + " on " + layer.type() + " '" + layer.name() + "'",
                        "a layer with no inputs cannot be initialised; DL4J's init() refuses it (nIn and nOut must "
                                + "be > 0)",
                        "set nIn to the size of the previous layer's output, or let DL4J infer it with "
                                + "setInputType(...)");
            }
        }
    }
}
