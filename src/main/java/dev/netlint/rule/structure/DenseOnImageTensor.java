package dev.netlint.rule.structure;

import dev.netlint.model.Layer;
import dev.netlint.model.LayerKind;
import dev.netlint.model.Network;
import dev.netlint.model.Severity;
import dev.netlint.rule.Rule;
import dev.netlint.rule.RuleContext;
import dev.netlint.rule.RuleInfo;

import java.util.List;

/**
 * Keras' Dense acts on the last axis only: on an [H, W, C] feature map it computes one output per position. Without
 * Flatten or global pooling first, a classifier head then predicts a map instead of a class.
 */
/**
 * Keras applies Dense to the last axis of a feature map. As the output, class labels of one per example do not fit
 * it (fit() refuses them) while per-position labels do: a warning. As a hidden layer it trained as well as Flatten
 * first in every measured run: a note.
 */
@RuleInfo(id = "NL703", name = "dense-on-feature-map", severity = Severity.WARNING,
        summary = "Dense layer on a feature map (rank 3 or more) without Flatten or global pooling before it")
public final class DenseOnImageTensor implements Rule {

    @Override
    public void check(Network network, RuleContext context) {
        for (Layer layer : network.layers()) {
            if (layer.kind() != LayerKind.DENSE && layer.kind() != LayerKind.OUTPUT
                    || !layer.type().equalsIgnoreCase("Dense")) {
                continue;
            }
            boolean output = network.outputNames().contains(layer.name());
            network.soleInput(layer).flatMap(Layer::shape).filter(shape -> shape.size() >= 3).ifPresent(shape ->
                    context.reportAs(output ? Severity.WARNING : Severity.INFO, layer, "Dense on an input of shape "
                                    + shape + " applies to the last axis only",
                            "it outputs " + outputShape(shape, layer) + " (one vector per position), not one per "
                                    + "example; " + (output ? "with one label per example fit() refuses the labels "
                                    + "(measured: \"Error when checking target\" on two CNN tasks), with one label "
                                    + "per position (segmentation) it is what you want"
                                    : "as a hidden layer it is a per-position projection (measured: Dense(16) on the "
                                    + "map, then Flatten, trained as well as Flatten first)"),
                            "put Flatten() or GlobalAveragePooling2D() before '" + layer.name() + "'"));
        }
    }

    private static String outputShape(List<Long> input, Layer layer) {
        List<Long> out = new java.util.ArrayList<>(input.subList(0, input.size() - 1));
        out.add(layer.units().orElse(-1));
        return out.toString();
    }
}
