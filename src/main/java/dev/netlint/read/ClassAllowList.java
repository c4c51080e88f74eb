package dev.netlint.read;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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

    private static final int MAX_REMEMBERED = 10_000;
    private static final ClassAllowList DL4J_CONFIGURATION = new ClassAllowList(CONFIGURATION_PACKAGES);

    private final List<String> prefixes;
    /** Whether an allowed class is on the class path, by name: files name the same few classes again and again. */
    private final Map<String, Boolean> loadable = new ConcurrentHashMap<>();

    private ClassAllowList(List<String> prefixes) {
        this.prefixes = List.copyOf(prefixes);
    }

    public static ClassAllowList dl4jConfiguration() {
        return DL4J_CONFIGURATION;
    }

    public boolean allows(String className) {
        if (className.contains("..") || className.startsWith(".") || className.contains("/")) {
            return false;
        }
        for (String prefix : prefixes) {
            if (className.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the list allows the class and it is on netlint's class path. Looks the class up without
     * initialising it, and only a class the list allows; the answer is kept for the next file.
     */
    public boolean loadable(String className) {
        Boolean known = loadable.get(className);
        if (known != null) {
            return known;
        }
        boolean result = allows(className) && present(className);
        if (loadable.size() < MAX_REMEMBERED) { // a file naming endless made-up classes must not grow it forever
            loadable.put(className, result);
        }
        return result;
    }

    private static boolean present(String className) {
        try {
            Class.forName(className, false, ClassAllowList.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    public List<String> prefixes() {
        return prefixes;
    }
}
