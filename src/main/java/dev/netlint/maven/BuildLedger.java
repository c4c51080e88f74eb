package dev.netlint.maven;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What netlint's executions in the modules of one build share, without a system property or a file: which module
 * writes to which output directory. One ledger per build request (the
 * modules' sessions are copies that share it); kept weakly, so that a build tool running several builds in one JVM
 * (mvnd, the IDE) lets them go. Thread-safe: modules run in parallel under {@code -T}.
 */
final class BuildLedger {

    private static final Map<Object, BuildLedger> LEDGERS = new WeakHashMap<>();

    private final Map<Path, String> outputDirectories = new ConcurrentHashMap<>();

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
}
