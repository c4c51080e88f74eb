package dev.netlint.model;

import java.util.List;
import java.util.Optional;

/**
 * How a network is compiled for training, where the format records it (Keras training_config / compile_config,
 * tfjs trainingConfig). Losses are on the output layers; this holds the rest.
 *
 * @param optimizer the optimiser
 * @param metrics   metric names as written, e.g. {@code accuracy}
 * @param location  where the optimiser is configured in the file
 */
public record Training(Optional<Optimizer> optimizer, List<String> metrics, SourceLocation location) {

    public Training {
        metrics = List.copyOf(metrics);
    }
}
