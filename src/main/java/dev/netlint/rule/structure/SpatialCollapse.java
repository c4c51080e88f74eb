package dev.netlint.rule.structure;

import dev.netlint.model.Layer;
import dev.netlint.model.LayerKind;
import dev.netlint.model.Network;
import dev.netlint.model.Severity;
import dev.netlint.rule.Rule;
import dev.netlint.rule.RuleContext;
import dev.netlint.rule.RuleInfo;

/** A kernel or pooling window larger than the feature map leaves a dimension of size zero. */
@RuleInfo(id = "NL702", name = "spatial-collapse", severity = Severity.ERROR,
        summary = "A convolution or pooling window larger than its input: the feature map shrinks to nothing")
public final class SpatialCollapse implements Rule {

    @Override
    public void check(Network network, RuleContext context) {
        for (Layer layer : network.layers()) {
            if (layer.shape().isPresent() && layer.shape().get().contains(0L)) {
                if (layer.kind() != LayerKind.CONVOLUTION && layer.kind() != LayerKind.POOLING) {
                    return; // a size of 0 from a width set to 0 (NL709), not from a window; later layers inherit it
                }
                String input = network.soleInput(layer).flatMap(Layer::shape).map(Object::toString).orElse("its input");
                context.report(layer, "output shape " + layer.shape().get() + ": the window does not fit " + input,
                        "the model cannot be built or run: a dimension of size 0 has nothing to compute on",
                        "use a smaller kernel, pool size or stride, 'same' padding, or fewer downsampling layers");
                return;
            }
        }
    }
}
