package dev.netlint.model;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * One layer or graph vertex, in framework-neutral terms. Values a format does not carry are empty, never guessed.
 *
 * @param name       the layer's name in the file (DL4J layerName or vertex name; index when unnamed)
 * @param type       framework type name, e.g. {@code DenseLayer} or {@code org.acme.MyLayer} for an opaque layer
 * @param kind       coarse role of the layer
 * @param location   where the layer starts in the file
 * @param inputs     names of the layers feeding this one
 * @param activation activation applied to the layer's output
 * @param units      output size (DL4J nOut, Keras units/filters)
 * @param inputSize  input size (DL4J nIn)
 * @param fanIn      inputs per output unit, as the initialiser sees them (nIn times kernel area for a convolution)
 * @param fanOut     outputs per input unit, as the initialiser sees them
 * @param weightInit initialiser of the layer's weights
 * @param dropout    dropout applied to the layer's input
 * @param l1         L1 coefficient on the weights
 * @param l2         L2 coefficient (or weight decay) on the weights
 * @param loss       the loss, for output and loss layers
 * @param shape      output shape without the batch axis (-1 for an unknown dimension, 0 for a collapsed one)
 * @param params     number of trainable parameters, where known
 * @param updater    the layer's own optimiser, where the format sets one per layer (DL4J)
 * @param frozen     true when the layer's parameters are not trained (DL4J FrozenLayer)
 * @param window     kernel, stride and padding of a convolution or pooling window, as the file states them
 */
public record Layer(
        String name,
        String type,
        LayerKind kind,
        SourceLocation location,
        List<String> inputs,
        Optional<ActivationKind> activation,
        OptionalLong units,
        OptionalLong inputSize,
        OptionalLong fanIn,
        OptionalLong fanOut,
        Optional<WeightInit> weightInit,
        Optional<Dropout> dropout,
        OptionalDouble l1,
        OptionalDouble l2,
        Optional<Loss> loss,
        Optional<List<Long>> shape,
        OptionalLong params,
        Optional<Optimizer> updater,
        boolean frozen,
        Optional<Window> window) {

    /**
     * A convolution or pooling window as the file states it, before any framework default fills a gap.
     *
     * @param kernel     kernel size per spatial axis
     * @param stride     stride per spatial axis (empty when the file has none)
     * @param padding    padding per spatial axis (empty when the file has none)
     * @param dimensions the number of spatial axes the layer works on (2 for a 2D convolution)
     */
    public record Window(List<Integer> kernel, List<Integer> stride, List<Integer> padding, int dimensions) {
        public Window {
            kernel = List.copyOf(kernel);
            stride = List.copyOf(stride);
            padding = List.copyOf(padding);
        }
    }

    public Layer {
        inputs = List.copyOf(inputs);
    }

    public boolean hasWeights() {
        return kind.hasWeights();
    }

    public boolean isOutput() {
        return loss.isPresent();
    }

    public boolean hasActivation(ActivationKind expected) {
        return activation.filter(a -> a == expected).isPresent();
    }

    public Layer withLocation(SourceLocation newLocation) {
        return new Layer(name, type, kind, newLocation, inputs, activation, units, inputSize, fanIn, fanOut,
                weightInit, dropout, l1, l2, loss, shape, params, updater, frozen, window);
    }

    public Layer withShape(List<Long> newShape) {
        return new Layer(name, type, kind, location, inputs, activation, units, inputSize, fanIn, fanOut,
                weightInit, dropout, l1, l2, loss, Optional.of(List.copyOf(newShape)), params, updater, frozen, window);
    }

    public static Builder builder(String name, String type, LayerKind kind, SourceLocation location) {
        return new Builder(name, type, kind, location);
    }

    /** Collects the optional parts; readers fill what their format states. */
    public static final class Builder {
        private final String name;
        private final String type;
        private final LayerKind kind;
        private final SourceLocation location;
        private List<String> inputs = List.of();
        private Optional<ActivationKind> activation = Optional.empty();
        private OptionalLong units = OptionalLong.empty();
        private OptionalLong inputSize = OptionalLong.empty();
        private OptionalLong fanIn = OptionalLong.empty();
        private OptionalLong fanOut = OptionalLong.empty();
        private Optional<WeightInit> weightInit = Optional.empty();
        private Optional<Dropout> dropout = Optional.empty();
        private OptionalDouble l1 = OptionalDouble.empty();
        private OptionalDouble l2 = OptionalDouble.empty();
        private Optional<Loss> loss = Optional.empty();
        private Optional<List<Long>> shape = Optional.empty();
        private OptionalLong params = OptionalLong.empty();
        private Optional<Optimizer> updater = Optional.empty();
        private boolean frozen;
        private Optional<Window> window = Optional.empty();

        private Builder(String name, String type, LayerKind kind, SourceLocation location) {
            this.name = name;
            this.type = type;
            this.kind = kind;
            this.location = location;
        }

        public Builder inputs(List<String> value) { inputs = value; return this; }
        public Builder activation(ActivationKind value) { activation = Optional.ofNullable(value); return this; }
        public Builder units(long value) { units = OptionalLong.of(value); return this; }
        public Builder inputSize(long value) { inputSize = OptionalLong.of(value); return this; }
        public Builder fans(long in, long out) { fanIn = OptionalLong.of(in); fanOut = OptionalLong.of(out); return this; }
        public Builder weightInit(WeightInit value) { weightInit = Optional.ofNullable(value); return this; }
        public Builder dropout(Dropout value) { dropout = Optional.ofNullable(value); return this; }
        public Builder l1(double value) { l1 = OptionalDouble.of(value); return this; }
        public Builder l2(double value) { l2 = OptionalDouble.of(value); return this; }
        public Builder loss(Loss value) { loss = Optional.ofNullable(value); return this; }
        public Builder shape(List<Long> value) { shape = Optional.ofNullable(value).map(List::copyOf); return this; }
        public Builder params(long value) { params = OptionalLong.of(value); return this; }
        public Builder updater(Optimizer value) { updater = Optional.ofNullable(value); return this; }
        public Builder frozen(boolean value) { frozen = value; return this; }
        public Builder window(Window value) { window = Optional.ofNullable(value); return this; }

        public Layer build() {
            return new Layer(name, type, kind, location, inputs, activation, units, inputSize, fanIn, fanOut,
                    weightInit, dropout, l1, l2, loss, shape, params, updater, frozen, window);
        }
    }
}
