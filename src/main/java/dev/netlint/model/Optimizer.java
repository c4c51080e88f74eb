package dev.netlint.model;

import java.util.OptionalDouble;

/**
 * The optimiser a network is trained with.
 *
 * @param name         framework spelling, e.g. {@code Adam}
 * @param kind         family, which decides the sane learning-rate range
 * @param learningRate the (initial) learning rate, if the file states one
 * @param scheduled    true when the learning rate follows a schedule; {@code learningRate} is then its start
 */
public record Optimizer(String name, OptimizerKind kind, OptionalDouble learningRate, boolean scheduled) {
}
