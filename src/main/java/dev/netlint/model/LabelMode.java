package dev.netlint.model;

import java.util.Locale;
import java.util.Optional;

/** How a network's labels are encoded. A model file never says; the user declares it, or netlint infers it. */
public enum LabelMode {
    /** One 0/1 value per example. */
    BINARY,
    /** One-hot over K classes. */
    CATEGORICAL,
    /** One integer class index per example, K classes. */
    SPARSE,
    /** K independent 0/1 values. */
    MULTILABEL,
    /** Real-valued targets. */
    REGRESSION;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<LabelMode> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (LabelMode m : values()) {
            if (m.label().equals(text.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
