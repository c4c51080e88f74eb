package dev.netlint.model;

import java.util.OptionalDouble;

/**
 * The optimiser a network is trained with.
 *
 * @param name         framework spelling, e.g. {@code Adam}
 * @param kind         family, which decides the sane learning-rate range
 * @param learningRate the (initial) learning rate, if the file states one
 * @param scheduled    true when the learning rate follows a schedule; {@code learningRate} is then its start
 * @param decays       momentum-like coefficients that must lie in [0, 1), by their framework name (beta_1, momentum...)
 * @param epsilon      the denominator guard of adaptive optimisers, where set
 */
public record Optimizer(String name, OptimizerKind kind, OptionalDouble learningRate, boolean scheduled,
                        java.util.Map<String, Double> decays, OptionalDouble epsilon) {

    public Optimizer(String name, OptimizerKind kind, OptionalDouble learningRate, boolean scheduled) {
        this(name, kind, learningRate, scheduled, java.util.Map.of(), OptionalDouble.empty());
    }

    public Optimizer {
        decays = java.util.Map.copyOf(decays);
    }
}
