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
            network.soleInput(layer).flatMap(Layer::shape).filter(shape -> shape.size() >= 3).ifPresent(shape ->
                    context.report(layer, "Dense on an input of shape " + shape + " applies to the last axis only",
                            "it outputs " + outputShape(shape, layer) + " (one vector per position), not one per "
                                    + "example; a classifier head then trains and predicts per pixel",
                            "put Flatten() or GlobalAveragePooling2D() before '" + layer.name() + "'"));
        }
    }

    private static String outputShape(List<Long> input, Layer layer) {
        List<Long> out = new java.util.ArrayList<>(input.subList(0, input.size() - 1));
        out.add(layer.units().orElse(-1));
        return out.toString();
    }
}
