package dev.netlint.rule.structure;

import dev.netlint.model.Layer;
import dev.netlint.model.LayerKind;
import dev.netlint.model.Network;
import dev.netlint.model.Severity;
import dev.netlint.rule.Rule;
import dev.netlint.rule.RuleContext;
import dev.netlint.rule.RuleInfo;

import java.util.Locale;

/**
 * A reported failure: four dense layers after Flatten for 110 images. A Flatten-to-Dense matrix that holds most of the
 * model's parameters is where a small data set gets memorised; VGG16's first dense layer holds 74% of its 138 M.
 */
@RuleInfo(id = "NL706", name = "dense-after-flatten-dominates", severity = Severity.INFO,
        summary = "Dense layer after Flatten holding over 80% of all parameters and over 10 M of them")
public final class DenseDominatesParameters implements Rule {

    static final double SHARE = 0.8;
    static final long MIN_PARAMS = 10_000_000;

    @Override
    public void check(Network network, RuleContext context) {
        long total = network.layers().stream().mapToLong(l -> l.params().orElse(0)).sum();
        if (total <= 0) {
            return;
        }
        for (Layer layer : network.layers()) {
            long params = layer.params().orElse(0);
            if (params <= MIN_PARAMS || params <= SHARE * total || !afterFlatten(network, layer)) {
                continue;
            }
            context.report(layer, String.format(Locale.ROOT, "%,d of the model's %,d parameters (%.0f%%) sit in this "
                            + "layer after Flatten", params, total, 100.0 * params / total),
                    "one matrix over raw feature-map positions holds most of the model's weights, memory and "
                            + "compute (a size and overfitting concern; no training failure measured)",
                    "use global average pooling instead of Flatten, or shrink the feature map before it");
        }
    }

    private static boolean afterFlatten(Network network, Layer layer) {
        if (layer.kind() != LayerKind.DENSE && layer.kind() != LayerKind.OUTPUT) {
            return false;
        }
        return network.soleInput(layer).map(in -> in.kind() == LayerKind.RESHAPE
                || in.kind() == LayerKind.DROPOUT && network.soleInput(in).map(i -> i.kind() == LayerKind.RESHAPE)
                .orElse(false)).orElse(false);
    }
}
