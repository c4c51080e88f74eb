package dev.netlint.maven;

import java.io.File;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Optional;

/**
 * The incremental build of an IDE (Eclipse m2e), seen through plexus-build-api's {@code BuildContext}, which m2e
 * hands to the thread running a goal. Reached by reflection, so that netlint has no dependency for it: on the command
 * line the class is absent, or its default context says the build is not incremental, and every run is a full one.
 * In the IDE, {@code check} runs on every incremental build (m2e's lifecycle mapping in the jar) and this says whether
 * a file it reads changed since the last one.
 */
final class IdeBuild {

    static final String THREAD_CONTEXT = "org.sonatype.plexus.build.incremental.ThreadBuildContext";

    private final Object context;
    private final Method incremental;
    private final Method hasDelta;

    /**
     * @param api     the type that declares the methods ({@code BuildContext}): called through it, not through the
     *                IDE's implementation class, which need not be public
     * @param context the IDE's context
     */
    IdeBuild(Class<?> api, Object context) throws NoSuchMethodException {
        this.context = context;
        this.incremental = api.getMethod("isIncremental");
        this.hasDelta = api.getMethod("hasDelta", File.class);
    }

    /** The IDE's build of this thread, when the goal runs in one that builds incrementally. */
    static Optional<IdeBuild> current(ClassLoader loader) {
        return current(loader, THREAD_CONTEXT);
    }

    /** As {@link #current(ClassLoader)}, with the thread context's class named (tests give their own). */
    static Optional<IdeBuild> current(ClassLoader loader, String threadContextClass) {
        try {
            Method getContext = Class.forName(threadContextClass, false, loader).getMethod("getContext");
            Object context = getContext.invoke(null);
            if (context == null) {
                return Optional.empty();
            }
            IdeBuild build = new IdeBuild(getContext.getReturnType(), context);
            return build.incremental() ? Optional.of(build) : Optional.empty();
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            return Optional.empty(); // not in an IDE, or one whose API differs: a full run
        }
    }

    private boolean incremental() throws ReflectiveOperationException {
        return Boolean.TRUE.equals(incremental.invoke(context));
    }

    /**
     * Whether any of {@code paths} (files, or directories for anything under them) changed since the last build; when
     * the context cannot say, it changed.
     */
    boolean changed(Collection<Path> paths) {
        for (Path path : paths) {
            try {
                if (Boolean.TRUE.equals(hasDelta.invoke(context, path.toFile()))) {
                    return true;
                }
            } catch (ReflectiveOperationException | RuntimeException e) {
                return true;
            }
        }
        return false;
    }
}
