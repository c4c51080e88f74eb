package dev.netlint.model;

import java.util.Locale;

/**
 * Activation functions by what they do to a signal, independent of the framework that named them.
 * {@code boundedToUnitInterval} mirrors DL4J's OutputLayerUtil: true only where every output lies in [0, 1].
 */
public enum ActivationKind {
    IDENTITY(false, Family.LINEAR),
    SIGMOID(true, Family.SATURATING),
    HARD_SIGMOID(true, Family.SATURATING),
    SOFTMAX(true, Family.SATURATING),
    TANH(false, Family.SATURATING),
    HARD_TANH(false, Family.SATURATING),
    RATIONAL_TANH(false, Family.SATURATING),
    RECTIFIED_TANH(false, Family.RELU),
    SOFTSIGN(false, Family.SATURATING),
    RELU(false, Family.RELU),
    RELU6(false, Family.RELU),
    LEAKY_RELU(false, Family.RELU),
    RANDOMIZED_RELU(false, Family.RELU),
    PARAMETRIC_RELU(false, Family.RELU),
    THRESHOLDED_RELU(false, Family.RELU),
    ELU(false, Family.RELU),
    SELU(false, Family.SELF_NORMALISING),
    GELU(false, Family.RELU),
    SWISH(false, Family.RELU),
    MISH(false, Family.RELU),
    SOFTPLUS(false, Family.RELU),
    /** Keras {@code exponential}: exp(x), unbounded and all-positive, so stacked layers compound it. */
    EXPONENTIAL(false, Family.OTHER),
    CUBE(false, Family.OTHER),
    OTHER(false, Family.OTHER);

    /** Groups that share an initialisation rule: He for the ReLU family, Glorot/LeCun for saturating ones. */
    public enum Family { LINEAR, SATURATING, RELU, SELF_NORMALISING, OTHER }

    private final boolean boundedToUnitInterval;
    private final Family family;

    ActivationKind(boolean boundedToUnitInterval, Family family) {
        this.boundedToUnitInterval = boundedToUnitInterval;
        this.family = family;
    }

    public boolean boundedToUnitInterval() {
        return boundedToUnitInterval;
    }

    public Family family() {
        return family;
    }

    public boolean isReluFamily() {
        return family == Family.RELU;
    }

    /** Lower-case name for messages, e.g. {@code softmax}, {@code leaky_relu}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
