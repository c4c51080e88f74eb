package dev.netlint.rule.structure;

import dev.netlint.model.Layer;
import dev.netlint.model.LayerKind;
import dev.netlint.model.Network;
import dev.netlint.model.Severity;
import dev.netlint.rule.Rule;
import dev.netlint.rule.RuleContext;
import dev.netlint.rule.RuleInfo;

import java.util.Optional;
import java.util.Set;

/**
 * DL4J overwrites a hand-set nIn from the input type by default, but keeps it when nIn overriding is off
 * (overrideNinUponBuild(false)) or when the JSON was written or edited by hand; init() then succeeds and the first
 * fit() fails. netlint compares the declared nIn with the width the layer upstream produces (through dropout and
 * activation layers, and for convolutions through pooling).
 */
@RuleInfo(id = "NL701", name = "input-size-mismatch", severity = Severity.ERROR,
        summary = "A layer's declared input size (nIn) differs from the size the layer before it produces")
public final class InputSizeMismatch implements Rule {

    private static final Set<LayerKind> CHECKED = Set.of(LayerKind.DENSE, LayerKind.OUTPUT, LayerKind.CONVOLUTION,
            LayerKind.RECURRENT);
    private static final Set<LayerKind> SIZE_PRESERVING = Set.of(LayerKind.DROPOUT, LayerKind.ACTIVATION);

    @Override
    public void check(Network network, RuleContext context) {
        for (Layer layer : network.layers()) {
            if (!CHECKED.contains(layer.kind()) || layer.inputSize().isEmpty() || layer.inputSize().getAsLong() <= 0) {
                continue;
            }
            producer(network, layer).ifPresent(producer -> {
                long arriving = producer.units().getAsLong();
                long declared = layer.inputSize().getAsLong();
                if (arriving > 0 && arriving != declared) {
                    context.report(layer, "nIn is " + declared + " but '" + producer.name() + "' ("
                                    + producer.type() + ") produces " + arriving,
                            "the saved configuration does not fit together: init() succeeds, then the first fit() "
                                    + "or output() fails on the shape",
                            "remove .nIn(" + declared + ") and let setInputType(...) infer it, or set it to "
                                    + arriving);
                }
            });
        }
    }

    /** The nearest layer upstream whose output width is known, through layers that keep the width. */
    private static Optional<Layer> producer(Network network, Layer layer) {
        boolean channels = layer.kind() == LayerKind.CONVOLUTION;
        Optional<Layer> current = network.soleInput(layer);
        for (int hops = 0; current.isPresent() && hops < network.layers().size(); hops++) {
            Layer candidate = current.get();
            boolean passes = SIZE_PRESERVING.contains(candidate.kind())
                    || channels && (candidate.kind() == LayerKind.POOLING || candidate.kind() == LayerKind.NORMALIZATION);
            if (!passes) {
                return candidate.units().isPresent() && candidate.kind() != LayerKind.OPAQUE
                        && candidate.kind() != LayerKind.LOSS ? current : Optional.empty();
            }
            current = network.soleInput(candidate);
        }
        return Optional.empty();
    }
}
