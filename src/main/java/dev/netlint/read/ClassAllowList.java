package dev.netlint.read;

import java.util.List;

/**
 * The Java classes a DL4J configuration may name in {@code @class}. DL4J hands these names to Jackson, which loads
 * and initialises the class: a model file from a pull request must not be able to name any other class (the
 * Jackson "gadget" attacks). Only DL4J's and ND4J's configuration packages are allowed.
 */
public final class ClassAllowList {

    private static final List<String> CONFIGURATION_PACKAGES = List.of(
            "org.deeplearning4j.nn.conf.",
            "org.deeplearning4j.nn.weights.",
            "org.nd4j.linalg.activations.",
            "org.nd4j.linalg.lossfunctions.",
            "org.nd4j.linalg.learning.config.",
            "org.nd4j.linalg.learning.regularization.",
            "org.nd4j.linalg.schedule.");

    private final List<String> prefixes;

    private ClassAllowList(List<String> prefixes) {
        this.prefixes = List.copyOf(prefixes);
    }

    public static ClassAllowList dl4jConfiguration() {
        return new ClassAllowList(CONFIGURATION_PACKAGES);
    }

    public boolean allows(String className) {
        if (className.contains("..") || className.startsWith(".") || className.contains("/")) {
            return false;
        }
        return prefixes.stream().anyMatch(className::startsWith);
    }

    public List<String> prefixes() {
        return prefixes;
    }
}
