package dev.netlint.rule.training;

import dev.netlint.model.Layer;
import dev.netlint.model.LayerKind;
import dev.netlint.model.Network;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Finds image models (a 2-D convolution over 1 or 3 channels) and whether they scale their own input. */
final class ImageInputScaling {

    private static final Set<String> SCALING_LAYERS = Set.of("rescaling", "normalization");

    private ImageInputScaling() {
    }

    /** The first layer of an image model: the layer that takes the image. */
    static Optional<Layer> imageInput(Network network) {
        for (Layer layer : network.layers()) {
            if (layer.kind() == LayerKind.CONVOLUTION) {
                return inputShapeOf(network, layer).filter(ImageInputScaling::isImage).map(s -> firstLayer(network));
            }
        }
        return Optional.empty();
    }

    /** A scaling layer in the model, or (DL4J) a normalizer saved beside the weights. */
    static boolean scalesItsInput(Network network) {
        return network.facts().inputNormalizerSaved().orElse(false) || network.layers().stream().anyMatch(l -> SCALING_LAYERS.contains(l.type().toLowerCase(Locale.ROOT)));
    }

    private static Layer firstLayer(Network network) {
        return network.layers().get(0);
    }

    private static Optional<List<Long>> inputShapeOf(Network network, Layer layer) {
        return network.soleInput(layer).flatMap(Layer::shape);
    }

    private static boolean isImage(List<Long> shape) {
        if (shape.size() != 3) {
            return false;
        }
        long last = shape.get(2);
        long first = shape.get(0);
        return last == 1 || last == 3 || first == 1 || first == 3;
    }
}
