package dev.netlint.rule.optimizer;

import dev.netlint.model.Network;
import dev.netlint.model.Optimizer;
import dev.netlint.model.OptimizerKind;

import java.util.Locale;
import java.util.Optional;

/**
 * Sane learning-rate ranges per optimiser family. Adaptive optimisers normalise each step by a running gradient
 * scale, so their step is about lr in parameter units: Kingma and Ba (2015) recommend 1e-3, and Keras and
 * TensorFlow.js default Adam, Nadam and RMSprop to 1e-3 (Adamax 2e-3), as DL4J does for Adam. DL4J's RmsProp
 * defaults to 0.1, which this rule reports like any other 0.1. Plain SGD's step is lr times the raw gradient; values
 * above 1 diverge on ordinary losses.
 */
final class LearningRates {

    /** Above this an adaptive optimiser moves every weight by ~1% of its typical scale per step. */
    static final double ADAPTIVE_HIGH = 1e-2;
    /** At or above this an adaptive optimiser rewrites pretrained weights within a few steps (seed case D). */
    static final double ADAPTIVE_TOO_HIGH = 0.1;
    static final double SGD_HIGH = 1.0;

    private LearningRates() {
    }

    static Optional<Optimizer> optimizer(Network network) {
        return network.training().flatMap(t -> t.optimizer());
    }

    static boolean isAdaptive(Optimizer optimizer) {
        return optimizer.kind() == OptimizerKind.ADAPTIVE;
    }

    static String format(double value) {
        return value == 0 || value >= 0.01 ? String.format(Locale.ROOT, "%s", value)
                : String.format(Locale.ROOT, "%.0e", value);
    }
}
