package dev.netlint.rule.init;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** The fast number format prints exactly what {@code String.format} printed before it. */
class SignalGainFormatTest {

    @Test
    void printsWhatStringFormatPrints() {
        double[] edges = {0, 1, 0.01, 0.00999, 0.005, 0.125, 1.005, 2.675, 9.995, 999.99, 999.995, 1000, 9.96e-5,
                9.95e-5, 1.25e-7, 123456.0, 1.0e300, 4.9e-324, 2.0 / 3, 0.0001, -0.02, -1.5e-6, -2500};
        for (double value : edges) {
            assertThat(SignalGain.format(value)).as("%s", value).isEqualTo(reference(value));
        }
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 200_000; i++) {
            double value = (random.nextBoolean() ? 1 : -1) * random.nextDouble() * Math.pow(10, random.nextInt(-12, 12));
            assertThat(SignalGain.format(value)).as("%s", value).isEqualTo(reference(value));
        }
    }

    private static String reference(double value) {
        if (value != 0 && (Math.abs(value) < 0.01 || Math.abs(value) >= 1000)) {
            return String.format(Locale.ROOT, "%.1e", value);
        }
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
