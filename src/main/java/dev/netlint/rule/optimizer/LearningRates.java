package dev.netlint.rule.optimizer;

import dev.netlint.model.Framework;
import dev.netlint.model.Network;
import dev.netlint.model.Optimizer;
import dev.netlint.model.OptimizerKind;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

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
    /** An accumulating optimiser (Adagrad, Ftrl) this many times its framework's default is reported (NL606). */
    static final double ACCUMULATOR_FACTOR = 10.0;

    /**
     * The learning rate each framework's own optimiser defaults to, where its rate is a step size. Keras: Adagrad
     * 1e-2 (Keras 2.0 to 2.3; tf.keras and Keras 3 use 1e-3, so the larger one judges files of either), Ftrl 1e-3.
     * DL4J: AdaGrad 0.1 ({@code AdaGrad.DEFAULT_ADAGRAD_LEARNING_RATE}); DL4J has no Ftrl.
     */
    private static final Map<Framework, Map<OptimizerKind, Double>> DEFAULT_RATES = Map.of(
            Framework.KERAS, Map.of(OptimizerKind.ADAGRAD, 1e-2, OptimizerKind.FTRL, 1e-3),
            Framework.DL4J, Map.of(OptimizerKind.ADAGRAD, 0.1));

    private LearningRates() {
    }

    static Optional<Optimizer> optimizer(Network network) {
        return network.training().flatMap(t -> t.optimizer());
    }

    static OptionalDouble defaultRate(Framework framework, OptimizerKind kind) {
        Double rate = DEFAULT_RATES.getOrDefault(framework, Map.of()).get(kind);
        return rate == null ? OptionalDouble.empty() : OptionalDouble.of(rate);
    }

    static boolean isAdaptive(Optimizer optimizer) {
        return optimizer.kind() == OptimizerKind.ADAPTIVE;
    }

    /**
     * Threshold comparisons at the precision the frameworks train in. DL4J and TensorFlow keep hyper-parameters as
     * float32, so a file may hold 1e-2 as 0.0099999998: two values that are the same float32 are equal here, and a
     * rate is never reported as above a threshold it only misses by float32 rounding.
     */
    static int compare(double value, double threshold) {
        return Float.compare((float) value, (float) threshold);
    }

    static boolean above(double value, double threshold) {
        return compare(value, threshold) > 0;
    }

    static boolean atLeast(double value, double threshold) {
        return compare(value, threshold) >= 0;
    }

    static boolean below(double value, double threshold) {
        return compare(value, threshold) < 0;
    }

    static boolean atMost(double value, double threshold) {
        return compare(value, threshold) <= 0;
    }

    /** The value as its float32 reads (0.0099999998 prints as 0.01), in plain or scientific notation. */
    static String format(double value) {
        double shown = Float.isFinite((float) value) ? Double.parseDouble(Float.toString((float) value)) : value;
        return shown == 0 || Math.abs(shown) >= 0.01 ? String.format(Locale.ROOT, "%s", shown)
                : String.format(Locale.ROOT, "%.0e", shown);
    }
}
