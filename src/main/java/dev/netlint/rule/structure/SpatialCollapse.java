package dev.netlint.rule.structure;

import dev.netlint.model.Layer;
import dev.netlint.model.LayerKind;
import dev.netlint.model.Network;
import dev.netlint.model.Severity;
import dev.netlint.rule.Rule;
import dev.netlint.rule.RuleContext;
import dev.netlint.rule.RuleInfo;

import java.util.Set;

/** A kernel or pooling window larger than the feature map leaves a dimension of size zero. */
@RuleInfo(id = "NL702", name = "spatial-collapse", severity = Severity.ERROR,
        summary = "A convolution or pooling window larger than its input: the feature map shrinks to nothing")
public final class SpatialCollapse implements Rule {

    private static final Set<LayerKind> WINDOWED = Set.of(LayerKind.CONVOLUTION, LayerKind.POOLING);

    @Override
    public void check(Network network, RuleContext context) {
        for (Layer layer : network.layers()) {
            // Only a window can collapse a map; a zero-width dense output is NL108's.
            if (WINDOWED.contains(layer.kind()) && layer.shape().isPresent() && layer.shape().get().contains(0L)) {
                String input = network.soleInput(layer).flatMap(Layer::shape).map(Object::toString).orElse("its input");
                context.report(layer, "output shape " + layer.shape().get() + ": the window does not fit " + input,
                        "the model cannot be built or run: a dimension of size 0 has nothing to compute on",
                        "use a smaller kernel, pool size or stride, 'same' padding, or fewer downsampling layers");
                return;
            }
        }
    }
}
