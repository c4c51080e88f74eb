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
 * defaults to 0.1, which NL601 reports like any other 0.1 (a warning: it fails on some networks, not all). Plain
 * SGD's step is lr times the raw gradient; above 1 it is outside the range any framework defaults to.
 */
final class LearningRates {

    /** Above this an adaptive optimiser moves every weight by ~1% of its typical scale per step. */
    static final double ADAPTIVE_HIGH = 1e-2;
    /**
     * At or above this an adaptive optimiser failed some measured tasks: Adam(0.1) and RmsProp(0.1) left a small CNN
     * at chance and wiped a trained CNN in fine-tuning (docs/rules/NL601.md).
     */
    static final double ADAPTIVE_TOO_HIGH = 0.1;
    /** Adam(0.1) with this epsilon (DL4J zoo FaceNetNN4Small2) trained as well as Adam(1e-3) on every measured task. */
    static final double DAMPING_EPSILON = 1e-2;
    /** RmsProp(0.1) with this epsilon (DL4J zoo ResNet50) still failed the CNN task in 2 of 3 seeds. */
    static final double PARTLY_DAMPING_EPSILON = 1e-3;
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
