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
 * written by a DL4J build whose shape inference left a 0 behind (a kernel larger than its input). A convolution or
 * pooling window needs a kernel and stride of at least 1 and a padding of at least 0, one value per spatial axis:
 * DL4J's builder refuses anything else, and a file holding it fails at {@code init()} or on the first batch.
 */
@RuleInfo(id = "NL709", name = "impossible-layer-size", severity = Severity.ERROR,
        summary = "A weight layer with nIn or nOut (units) below 1, or a convolution or pooling window DL4J's builder refuses")
public final class ImpossibleLayerSize implements Rule {

    @Override
    public void check(Network network, RuleContext context) {
        boolean keras = network.framework() == Framework.KERAS;
        for (Layer layer : network.layers()) {
            layer.window().ifPresent(window -> checkWindow(layer, window, context));
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

    /** The window sizes DL4J's builder refuses, in its words, one finding per member. */
    private static void checkWindow(Layer layer, Layer.Window window, RuleContext context) {
        String named = " on " + layer.type() + " '" + layer.name() + "'";
        int axes = window.dimensions();
        checkValues(layer, "kernelSize", window.kernel(), axes, 1, named, context,
                "Invalid kernel size: values must be positive (> 0) for all dimensions",
                "a window must cover at least one value on each axis",
                "set kernelSize to " + axes + " positive values, e.g. " + example(axes, 3));
        checkValues(layer, "stride", window.stride(), axes, 1, named, context,
                "Invalid stride configuration: values must be positive (> 0) for all dimensions",
                "a window that does not move divides by zero when the output size is computed",
                "set stride to " + axes + " positive values, e.g. " + example(axes, 1));
        checkValues(layer, "padding", window.padding(), axes, 0, named, context,
                "Values for padding must be >= 0",
                "a negative padding cuts the input instead of padding it",
                "set padding to " + axes + " values of 0 or more, e.g. " + example(axes, 0)
                        + ", or use ConvolutionMode.Same");
    }

    private static void checkValues(Layer layer, String member, java.util.List<Integer> values, int axes, int least,
                                    String named, RuleContext context, String builderSays, String why, String fix) {
        if (values.isEmpty()) {
            return;
        }
        if (values.size() != axes) {
            context.report(layer, member + " " + values + " has " + values.size() + " value"
                            + (values.size() == 1 ? "" : "s") + named + ", which works on " + axes + " axes",
                    "DL4J's builder refuses it (\"Need " + axes + " " + member + " values, got " + values.size()
                            + "\"); DL4J reads such a file without a check, and what then happens differs by layer "
                            + "(most fail at init() or on the first batch)",
                    fix);
        } else if (values.stream().anyMatch(v -> v < least)) {
            context.report(layer, member + " " + values + named,
                    why + "; DL4J's builder refuses it (\"" + builderSays + "\") and a file holding it fails at "
                            + "init() or on the first batch",
                    fix);
        }
    }

    private static String example(int axes, int value) {
        return java.util.Collections.nCopies(axes, value).toString();
    }
}
