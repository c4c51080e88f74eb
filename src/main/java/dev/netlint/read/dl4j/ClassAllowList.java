package dev.netlint.read.dl4j;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The Java classes a DL4J configuration may name in {@code @class}. DL4J hands these names to Jackson, which loads
 * and initialises the class: a model file from a pull request must not be able to name any other class (the
 * Jackson "gadget" attacks). Only DL4J's and ND4J's configuration packages are allowed, plus packages the user
 * names for their own custom layers ({@code allowedClassPrefixes}); those are loaded through {@link #loader()} only,
 * and only when the class is there.
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

    /** One shared list for every file without user packages, so what is loadable is looked up once per JVM. */
    private static final ClassAllowList DL4J_CONFIGURATION =
            new ClassAllowList(List.of(), ClassAllowList.class.getClassLoader());

    /** Packages a user prefix may not open: the JDK's own, where the classic gadgets live. */
    private static final List<String> NEVER = List.of("java.", "javax.", "jdk.", "sun.", "com.sun.", "jakarta.",
            "org.w3c.", "org.xml.", "org.ietf.", "org.omg.");
    /**
     * Packages of libraries with published Jackson deserialisation gadgets (the CVE lists of jackson-databind's
     * SubTypeValidator): a class there is never a project's own loss or activation, so naming one is refused
     * outright rather than read as a custom part.
     */
    private static final List<String> GADGET_LIBRARIES = List.of("org.springframework.",
            "org.apache.commons.collections", "org.apache.commons.dbcp", "org.apache.commons.configuration",
            "com.mchange.", "ch.qos.logback.", "org.apache.xalan.", "org.apache.tomcat.", "com.zaxxer.hikari.",
            "org.codehaus.groovy.", "org.hibernate.", "net.sf.ehcache.", "org.apache.ibatis.", "org.apache.log4j.",
            "org.apache.xbean.", "org.jboss.", "org.apache.openjpa.", "com.mysql.", "org.h2.", "bsh.", "clojure.");
    private static final int MAX_REMEMBERED = 10_000;

    /** A binary class name: ASCII identifiers joined by dots, nested classes with '$'. */
    private static final Pattern CLASS_NAME =
            Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)+");
    private static final Pattern PACKAGE_PREFIX =
            Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)+\\.");

    private final List<String> prefixes;
    private final List<String> userPrefixes;
    private final ClassLoader loader;
    /** Whether an allowed class is on the class path, by name: files name the same few classes again and again. */
    private final Map<String, Boolean> loadable = new ConcurrentHashMap<>();
    /** The class loader DL4J reads under: one per list, so the JVM looks each class up for it once. */
    private final ClassLoadingGuard guard;

    private ClassAllowList(List<String> userPrefixes, ClassLoader loader) {
        List<String> all = new ArrayList<>(CONFIGURATION_PACKAGES);
        all.addAll(userPrefixes);
        this.prefixes = List.copyOf(all);
        this.userPrefixes = List.copyOf(userPrefixes);
        this.loader = loader;
        this.guard = new ClassLoadingGuard(this); // last: it reads the loader
    }

    /** DL4J's and ND4J's configuration packages, loaded through netlint's own class loader. */
    public static ClassAllowList dl4jConfiguration() {
        return DL4J_CONFIGURATION;
    }

    /**
     * This list plus the user's own packages, e.g. {@code com.acme.layers}, whose classes are loaded through
     * {@code loader} when a model names them (and only then).
     *
     * @throws IllegalArgumentException for a prefix that is no package name, has a single segment, or opens a JDK
     *                                  package
     */
    public ClassAllowList withUserPrefixes(List<String> packages, ClassLoader loader) {
        List<String> normalized = new ArrayList<>(userPrefixes);
        for (String raw : packages) {
            String prefix = raw == null ? "" : raw.trim();
            if (prefix.isEmpty()) {
                continue;
            }
            if (!prefix.endsWith(".")) {
                prefix = prefix + ".";
            }
            if (!PACKAGE_PREFIX.matcher(prefix).matches()) {
                throw new IllegalArgumentException("allowedClassPrefixes: '" + raw + "' is not a package name with "
                        + "at least two parts, such as com.acme.layers");
            }
            String lower = prefix.toLowerCase(Locale.ROOT);
            for (String never : NEVER) {
                if (lower.startsWith(never)) {
                    throw new IllegalArgumentException("allowedClassPrefixes: '" + raw + "' opens the JDK package "
                            + never + "*, where the known deserialisation gadgets live; name the package of your "
                            + "own layers instead");
                }
            }
            if (!normalized.contains(prefix)) {
                normalized.add(prefix);
            }
        }
        if (normalized.equals(userPrefixes) && loader == this.loader) {
            return this; // keeps what is known to be loadable, and the guard, across engines
        }
        return new ClassAllowList(normalized, loader);
    }

    public boolean allows(String className) {
        if (className == null || !CLASS_NAME.matcher(className).matches()) {
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
     * True when {@code className} could be a project's own class (a custom loss, activation...) that netlint reads
     * around without loading: a well-formed class name outside the JDK's packages and the gadget libraries'.
     */
    public boolean mayBeProjectClass(String className) {
        if (className == null || !CLASS_NAME.matcher(className).matches()) {
            return false;
        }
        return NEVER.stream().noneMatch(className::startsWith)
                && GADGET_LIBRARIES.stream().noneMatch(className::startsWith);
    }

    /**
     * True when the list allows the class and {@link #loader()} finds it. Looks the class up without initialising
     * it, and only a class the list allows; the answer is kept for the next file.
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

    private boolean present(String className) {
        try {
            Class.forName(className, false, loader);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** The class loader DL4J reads under, which refuses every class this list does not admit. */
    ClassLoadingGuard guard() {
        return guard;
    }

    /** True for a class the user allowed rather than DL4J/ND4J. */
    public boolean isUserClass(String className) {
        return allows(className) && userPrefixes.stream().anyMatch(className::startsWith);
    }

    /** Every allowed prefix, DL4J's and ND4J's first. */
    public List<String> prefixes() {
        return prefixes;
    }

    public List<String> userPrefixes() {
        return userPrefixes;
    }

    /** The loader allowed classes are looked up through. */
    public ClassLoader loader() {
        return loader;
    }
}
