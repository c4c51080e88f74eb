package dev.netlint.model;

/** What a layer does, coarsely: enough for rules to tell weight layers, heads and pass-through layers apart. */
public enum LayerKind {
    DENSE(true),
    CONVOLUTION(true),
    RECURRENT(true),
    EMBEDDING(true),
    /** An output layer with weights and a loss (DL4J OutputLayer, RnnOutputLayer, CenterLossOutputLayer...). */
    OUTPUT(true),
    /** A loss without weights (DL4J LossLayer, RnnLossLayer, CnnLossLayer): scores what the layer before produced. */
    LOSS(false),
    POOLING(false),
    NORMALIZATION(false),
    ACTIVATION(false),
    DROPOUT(false),
    RESHAPE(false),
    /** A graph vertex that combines or transforms inputs without weights (merge, element-wise, subset...). */
    VERTEX(false),
    /** A network input. */
    INPUT(false),
    /** A layer type netlint does not model; it is read but not judged. */
    OPAQUE(false),
    OTHER(false);

    private final boolean hasWeights;

    LayerKind(boolean hasWeights) {
        this.hasWeights = hasWeights;
    }

    /** True when the layer multiplies its input by a learned weight matrix, so its initialiser matters. */
    public boolean hasWeights() {
        return hasWeights;
    }
}
