package dev.netlint.model;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A weight initialiser reduced to what the rules need: its family and the variance it gives a weight for a layer of
 * the given fan-in and fan-out. {@code name} is the framework's own spelling, for messages.
 *
 * @param scheme       which rule the initialiser follows
 * @param name         framework spelling, e.g. {@code XAVIER} or {@code NormalDistribution(mean=0, std=0.05)}
 * @param fixedVariance variance that does not depend on the layer size (fixed distributions), if any
 * @param constant     the value every weight gets (zero, ones, constant), if any
 * @param fanRule      the fan rule a fan-scaled initialiser follows, if any
 * @param mean         the mean of a fixed distribution (0 for every zero-centred initialiser)
 */
public record WeightInit(Scheme scheme, String name, OptionalDouble fixedVariance, OptionalDouble constant,
                         Optional<FanRule> fanRule, double mean) {

    /** A zero-centred initialiser. */
    public WeightInit(Scheme scheme, String name, OptionalDouble fixedVariance, OptionalDouble constant,
                      Optional<FanRule> fanRule) {
        this(scheme, name, fixedVariance, constant, fanRule, 0.0);
    }

    /** variance = coefficient / fan, where fan is fan-in, fan-out or their sum. */
    public record FanRule(Fan fan, double coefficient) {
    }

    /** Initialiser families, by the rule they follow. */
    public enum Scheme {
        CONSTANT(false),
        IDENTITY(false),
        /** A distribution whose scale does not depend on the layer: {@code fixedVariance} holds it. */
        FIXED_DISTRIBUTION(true),
        HE(false),
        GLOROT(false),
        LECUN(false),
        /** DL4J {@code UNIFORM}: U(-a, a) with a = 1/sqrt(fanIn), variance 1/(3 fanIn): a third of LeCun's. */
        SMALL_UNIFORM(true),
        /** DL4J {@code SIGMOID_UNIFORM}: 16 times Glorot, meant for sigmoid layers only. */
        SIGMOID_UNIFORM(false),
        ORTHOGONAL(false),
        UNKNOWN(false);

        private final boolean naiveScale;

        Scheme(boolean naiveScale) {
            this.naiveScale = naiveScale;
        }

        /** True for schemes not derived from a fan rule: the ones that starve deep ReLU stacks. */
        public boolean naiveScale() {
            return naiveScale;
        }
    }

    /** Which fan a variance formula divides by. */
    public enum Fan { IN, OUT, SUM }

    public static WeightInit of(Scheme scheme, String name) {
        return new WeightInit(scheme, name, OptionalDouble.empty(), OptionalDouble.empty(), Optional.empty());
    }

    public static WeightInit fanScaled(Scheme scheme, String name, Fan fan, double coefficient) {
        return new WeightInit(scheme, name, OptionalDouble.empty(), OptionalDouble.empty(),
                Optional.of(new FanRule(fan, coefficient)));
    }

    public static WeightInit fixed(String name, double variance) {
        return fixed(name, variance, 0.0);
    }

    /** A distribution of fixed scale centred on {@code mean} (DL4J {@code NormalDistribution(1, 0.1)}). */
    public static WeightInit fixed(String name, double variance, double mean) {
        return new WeightInit(Scheme.FIXED_DISTRIBUTION, name, OptionalDouble.of(variance), OptionalDouble.empty(),
                Optional.empty(), mean);
    }

    public static WeightInit constant(String name, double value) {
        return new WeightInit(Scheme.CONSTANT, name, OptionalDouble.of(0.0), OptionalDouble.of(value),
                Optional.empty(), value);
    }

    /** Variance of one weight for a layer with this fan-in and fan-out, where the initialiser defines one. */
    public OptionalDouble variance(long fanIn, long fanOut) {
        if (fixedVariance.isPresent() || fanRule.isEmpty()) {
            return fixedVariance;
        }
        long fan = switch (fanRule.get().fan()) {
            case IN -> fanIn;
            case OUT -> fanOut;
            case SUM -> fanIn + fanOut;
        };
        return fan <= 0 ? OptionalDouble.empty() : OptionalDouble.of(fanRule.get().coefficient() / fan);
    }

    public boolean isConstant() {
        return scheme == Scheme.CONSTANT;
    }
}
