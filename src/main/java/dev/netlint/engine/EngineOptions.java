package dev.netlint.engine;

import dev.netlint.read.ModelFileReader;
import dev.netlint.read.ReadLimits;
import dev.netlint.read.dl4j.ClassAllowList;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * How the engine reads files: the read limits, the user's custom-layer packages, how many files are linted at once,
 * how long one file may take, and where the project ends (symbolic links out of it are not followed).
 *
 * @param limits               bounds on what one file may cost to read
 * @param allowedClassPrefixes packages of the user's own DL4J layer classes, loaded through {@code classLoader}
 * @param classLoader          where those classes are looked up
 * @param threads              files linted in parallel (at least 1)
 * @param timeoutPerFile       longest one file may take to read and check; a file over it is reported and
 *                             abandoned so that no input can hang the build
 * @param projectRoot          the project directory, when known
 * @param debug                receives full detail (stack traces) of read failures; the console only ever shows one
 *                             line per file
 */
public record EngineOptions(ReadLimits limits, List<String> allowedClassPrefixes, ClassLoader classLoader,
                            int threads, Duration timeoutPerFile, Optional<Path> projectRoot, Debug debug) {

    /** Receives detail that only {@code mvn -X} shows. */
    @FunctionalInterface
    public interface Debug {
        Debug NONE = (message, error) -> { };

        void log(String message, Throwable error);
    }

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    public EngineOptions {
        allowedClassPrefixes = List.copyOf(allowedClassPrefixes);
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        if (timeoutPerFile.isNegative() || timeoutPerFile.isZero()) {
            throw new IllegalArgumentException("the time limit per file must be positive, was " + timeoutPerFile);
        }
    }

    public static EngineOptions defaults() {
        return new EngineOptions(ReadLimits.DEFAULTS, List.of(), EngineOptions.class.getClassLoader(),
                Runtime.getRuntime().availableProcessors(), DEFAULT_TIMEOUT, Optional.empty(), Debug.NONE);
    }

    public EngineOptions withLimits(ReadLimits value) {
        return new EngineOptions(value, allowedClassPrefixes, classLoader, threads, timeoutPerFile, projectRoot,
                debug);
    }

    public EngineOptions withAllowedClassPrefixes(List<String> value, ClassLoader loader) {
        return new EngineOptions(limits, value, loader, threads, timeoutPerFile, projectRoot, debug);
    }

    public EngineOptions withThreads(int value) {
        return new EngineOptions(limits, allowedClassPrefixes, classLoader, value, timeoutPerFile, projectRoot,
                debug);
    }

    public EngineOptions withTimeoutPerFile(Duration value) {
        return new EngineOptions(limits, allowedClassPrefixes, classLoader, threads, value, projectRoot, debug);
    }

    public EngineOptions withProjectRoot(Path value) {
        return new EngineOptions(limits, allowedClassPrefixes, classLoader, threads, timeoutPerFile,
                Optional.of(value), debug);
    }

    public EngineOptions withDebug(Debug value) {
        return new EngineOptions(limits, allowedClassPrefixes, classLoader, threads, timeoutPerFile, projectRoot,
                value);
    }

    /**
     * The reader these options describe.
     *
     * @throws IllegalArgumentException for an allowed class prefix that is not a usable package name
     */
    ModelFileReader reader() {
        return new ModelFileReader(limits,
                ClassAllowList.dl4jConfiguration().withUserPrefixes(allowedClassPrefixes, classLoader));
    }
}
