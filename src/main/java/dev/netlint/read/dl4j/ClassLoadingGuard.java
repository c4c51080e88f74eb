package dev.netlint.read.dl4j;

import dev.netlint.read.ZipArchive;

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
 *
 * <p>One guard serves every read with the same allow-list, from any thread (refusals are kept per thread): a new
 * class loader per file made the JVM look every class up again for it, which cost more than reading a small model.
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
    /** What the current read on this thread was refused. */
    private final ThreadLocal<List<String>> refused = ThreadLocal.withInitial(ArrayList::new);

    ClassLoadingGuard(ClassAllowList allowList) {
        super("netlint-guard", allowList.loader());
        this.allowList = allowList;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (!allowList.allows(name)) {
            refused.get().add(name);
            throw new RefusedClass(name);
        }
        return super.loadClass(name, resolve);
    }

    /** Names refused on this thread since its last {@link #around} began, in order. */
    List<String> refused() {
        return List.copyOf(refused.get());
    }

    /** Runs {@code action} with this guard as the current thread's context class loader. */
    <T> T around(Supplier<T> action) {
        refused.get().clear();
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
