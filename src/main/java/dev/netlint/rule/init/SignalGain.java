package dev.netlint.rule.init;

import dev.netlint.model.ActivationKind;
import dev.netlint.model.Layer;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.OptionalDouble;

/**
 * How a layer scales the variance of the signal passing forward: fan-in times weight variance, halved by a ReLU
 * (He et al. 2015, eq. 10). A gain of 1 keeps the signal; a product of gains far from 1 over a stack is what
 * makes a deep network start dead (vanishing) or saturated (exploding).
 */
final class SignalGain {

    private SignalGain() {
    }

    static OptionalDouble of(Layer layer) {
        if (layer.weightInit().isEmpty() || layer.fanIn().isEmpty() || layer.fanOut().isEmpty()) {
            return OptionalDouble.empty();
        }
        OptionalDouble variance = layer.weightInit().get().variance(layer.fanIn().getAsLong(),
                layer.fanOut().getAsLong());
        if (variance.isEmpty()) {
            return OptionalDouble.empty();
        }
        boolean relu = layer.activation().map(ActivationKind::isReluFamily).orElse(false);
        return OptionalDouble.of(layer.fanIn().getAsLong() * variance.getAsDouble() * (relu ? 0.5 : 1.0));
    }

    /** The variance the textbook rule for this activation prescribes: He, LeCun (SELU) or Glorot. */
    static OptionalDouble recommendedVariance(Layer layer) {
        if (layer.fanIn().isEmpty() || layer.fanOut().isEmpty() || layer.activation().isEmpty()) {
            return OptionalDouble.empty();
        }
        long in = layer.fanIn().getAsLong();
        long out = layer.fanOut().getAsLong();
        return switch (layer.activation().get().family()) {
            case RELU -> OptionalDouble.of(2.0 / in);
            case SELF_NORMALISING -> OptionalDouble.of(1.0 / in);
            default -> OptionalDouble.of(2.0 / (in + out));
        };
    }

    /**
     * Two significant digits in scientific notation ({@code 1.2e-05}) for very small or large values, two decimals
     * otherwise; what {@code String.format("%.1e" / "%.2f")} prints, without its cost (a finding per layer of a
     * large model formatted four numbers each, which took a tenth of the lint).
     */
    static String format(double value) {
        if (!Double.isFinite(value)) {
            return Double.isNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity";
        }
        BigDecimal decimal = BigDecimal.valueOf(value); // from Double.toString, as Formatter rounds
        if (value != 0 && (Math.abs(value) < 0.01 || Math.abs(value) >= 1000)) {
            BigDecimal rounded = decimal.round(new MathContext(2, RoundingMode.HALF_UP));
            String digits = rounded.unscaledValue().abs().toString();
            int exponent = digits.length() - 1 - rounded.scale();
            String mantissa = (digits + "0").substring(0, 2);
            return (value < 0 ? "-" : "") + mantissa.charAt(0) + "." + mantissa.charAt(1) + "e"
                    + (exponent < 0 ? "-" : "+") + (Math.abs(exponent) < 10 ? "0" : "") + Math.abs(exponent);
        }
        return decimal.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
