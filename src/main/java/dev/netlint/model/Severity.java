package dev.netlint.model;

import java.util.Locale;
import java.util.Optional;

/** How much a finding matters. Declared in order of decreasing weight so that {@code compareTo} ranks them. */
public enum Severity {
    ERROR,
    WARNING,
    INFO;

    /** True when this severity is at least as heavy as {@code threshold}. */
    public boolean atLeast(Severity threshold) {
        return compareTo(threshold) <= 0;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Severity> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (Severity s : values()) {
            if (s.label().equals(text.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
