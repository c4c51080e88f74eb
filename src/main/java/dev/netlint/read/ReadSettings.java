package dev.netlint.read;

import java.util.List;

/**
 * What a run configures of reading, handed to every format reader as it is made.
 *
 * @param limits               what one file may cost
 * @param allowedClassPrefixes packages of the user's own classes (custom layers) a format may load
 * @param classLoader          where those classes are found
 */
public record ReadSettings(ReadLimits limits, List<String> allowedClassPrefixes, ClassLoader classLoader) {

    public static final ReadSettings DEFAULTS = new ReadSettings(ReadLimits.DEFAULTS, List.of(),
            ReadSettings.class.getClassLoader());

    public ReadSettings {
        allowedClassPrefixes = List.copyOf(allowedClassPrefixes);
    }

    public ReadSettings withLimits(ReadLimits value) {
        return new ReadSettings(value, allowedClassPrefixes, classLoader);
    }
}
