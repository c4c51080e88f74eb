package dev.netlint.evidence;

import java.util.List;
import java.util.Locale;

/**
 * What "fails" means, in one place (docs/evidence/README.md states the same; evidence/tfjs/train.js uses the same
 * margin). A flagged run fails when it throws, when its loss or outputs are not finite, or when its train accuracy
 * is more than {@link #MARGIN} below its fixed twin's trained on the same data with the same seed.
 */
final class Verdict {

    /** Accuracy points the flagged run may trail its fixed twin by before it counts as failed. */
    static final double MARGIN = 0.05;

    static final String FAILS_ALWAYS = "fails-always";
    static final String FAILS_SOMETIMES = "fails-sometimes";
    static final String NO_EFFECT = "no-effect";
    static final String FRAMEWORK_REFUSES = "framework-refuses";

    private Verdict() {
    }

    static boolean fails(Runner.Outcome flagged, Runner.Outcome fixed) {
        return flagged.refused() || !flagged.finite() || flagged.accuracy() < fixed.accuracy() - MARGIN;
    }

    static String of(int failed, int runs) {
        return failed == runs ? FAILS_ALWAYS : failed == 0 ? NO_EFFECT : FAILS_SOMETIMES;
    }

    /** Mean and range, e.g. {@code 0.250 (0.250–0.250)}. */
    static String meanAndRange(List<Double> values) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double sum = 0;
        for (double v : values) {
            min = Math.min(min, v);
            max = Math.max(max, v);
            sum += v;
        }
        return String.format(Locale.ROOT, "%.3f (%.3f–%.3f)", sum / values.size(), min, max);
    }
}
