package dev.netlint.maven;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What netlint's executions in the modules of one build share, without a system property or a file: which module
 * writes to which output directory, and how many GitHub annotations are left. One ledger per build request (the
 * modules' sessions are copies that share it); kept weakly, so that a build tool running several builds in one JVM
 * (mvnd, the IDE) lets them go. Thread-safe: modules run in parallel under {@code -T}.
 */
final class BuildLedger {

    private static final Map<Object, BuildLedger> LEDGERS = new WeakHashMap<>();

    private final Map<Path, String> outputDirectories = new ConcurrentHashMap<>();
    private final AtomicInteger annotationsUsed = new AtomicInteger();
    private final AtomicBoolean capNoticed = new AtomicBoolean();

    /** The ledger of the build {@code request} belongs to. */
    static BuildLedger of(Object request) {
        synchronized (LEDGERS) {
            return LEDGERS.computeIfAbsent(request, key -> new BuildLedger());
        }
    }

    /**
     * Takes {@code directory} for {@code module}.
     *
     * @return the other module that took it first, if one did
     */
    Optional<String> claim(Path directory, String module) {
        String owner = outputDirectories.putIfAbsent(directory.toAbsolutePath().normalize(), module);
        return owner == null || owner.equals(module) ? Optional.empty() : Optional.of(owner);
    }

    /**
     * Takes up to {@code wanted} annotations out of {@code max} for the whole build.
     *
     * @return how many were granted
     */
    int annotations(int wanted, int max) {
        while (true) {
            int used = annotationsUsed.get();
            int granted = Math.max(0, Math.min(wanted, max - used));
            if (annotationsUsed.compareAndSet(used, used + granted)) {
                return granted;
            }
        }
    }

    /** True the first time only: the notice that annotations stop is given once per build. */
    boolean firstCap() {
        return capNoticed.compareAndSet(false, true);
    }
}
