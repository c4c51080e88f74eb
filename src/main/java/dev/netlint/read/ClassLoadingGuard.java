package dev.netlint.read;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The second line of defence behind {@link Dl4jTreePreparer}'s check of every {@code @class}: while DL4J
 * deserialises, the thread's context class loader is one that refuses every class the allow-list does not admit.
 * DL4J's (shaded) Jackson resolves type ids through the context class loader first, so a type id the tree check
 * did not recognise as one (an array-form type id, a property other than {@code @class}) still cannot load a
 * class. The refusal is an {@link Error}, which Jackson's lookup does not catch and fall back from; a refusal that
 * DL4J swallows anyway is remembered and fails the read.
 */
final class ClassLoadingGuard extends ClassLoader {

    /** Thrown for a class the allow-list does not admit; never caught by Jackson's class lookup. */
    static final class RefusedClass extends Error {
        private final String className;

        RefusedClass(String className) {
            super("class '" + ZipArchive.printable(className) + "' is not on the allow-list", null, false, false);
            this.className = className;
        }

        String className() {
            return className;
        }
    }

    static {
        registerAsParallelCapable();
    }

    private final ClassAllowList allowList;
    private final List<String> refused = new ArrayList<>();

    ClassLoadingGuard(ClassAllowList allowList) {
        super("netlint-guard", allowList.loader());
        this.allowList = allowList;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (!allowList.allows(name)) {
            synchronized (refused) {
                refused.add(name);
            }
            throw new RefusedClass(name);
        }
        return super.loadClass(name, resolve);
    }

    /** Names refused so far, in order. */
    List<String> refused() {
        synchronized (refused) {
            return List.copyOf(refused);
        }
    }

    /** Runs {@code action} with this guard as the current thread's context class loader. */
    <T> T around(Supplier<T> action) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(this);
        try {
            return action.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
