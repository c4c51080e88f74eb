package dev.netlint.model;

/**
 * Dropout on a layer's input, always as the probability of DROPPING a unit (Keras' convention). Readers convert
 * framework conventions once; {@code declared} keeps the number as written so messages can quote it.
 *
 * @param dropProbability probability that a unit is zeroed during training, in [0, 1]
 * @param declared        the value as the file states it, e.g. {@code dropOut(0.2)} for DL4J's retain probability
 * @param retainConvention true when the file states a RETAIN probability (DL4J {@code Dropout(p)})
 */
public record Dropout(double dropProbability, String declared, boolean retainConvention) {

    public static Dropout fromRetainProbability(double retain, String declared) {
        return new Dropout(1.0 - retain, declared, true);
    }

    public static Dropout fromDropProbability(double drop, String declared) {
        return new Dropout(drop, declared, false);
    }
}
