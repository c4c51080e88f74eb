package dev.netlint.engine;

import dev.netlint.model.Severity;
import dev.netlint.rule.RuleMeta;
import dev.netlint.rule.RuleRegistry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What decides a file's findings, as the cache compares it: the configuration key (the same for every file of a
 * run), the input's fingerprint (everything about it besides its content) and the hash of its content, which the
 * engine computes from the bytes it reads ({@link FileBytes}).
 */
final class CacheKey {

    private CacheKey() {
    }

    /**
     * Everything outside the file that decides its findings: netlint's version (and, for a snapshot, which build
     * of it), and every rule's effective severity (a rule switched off, or set to another level).
     */
    static String configuration(String toolVersion, SeverityOverrides overrides) {
        StringBuilder key = new StringBuilder("netlint ").append(toolVersion).append(build());
        for (RuleMeta meta : RuleRegistry.metas()) {
            key.append(' ').append(meta.id()).append('=')
                    .append(overrides.effective(meta).map(Severity::label).orElse("off"));
        }
        return key.toString();
    }

    /**
     * The key above plus what the engine's options decide about a file: the read limits and the time limit (a file
     * refused under one limit may read under another), and the user's custom-layer packages together with where
     * their classes come from (a new version of the layer jar changes what is loadable).
     */
    static String configuration(String toolVersion, SeverityOverrides overrides, EngineOptions options) {
        StringBuilder key = new StringBuilder(configuration(toolVersion, overrides))
                .append(" limits=").append(options.limits())
                .append(" timeoutPerFile=").append(options.timeoutPerFile())
                .append(" allowedClassPrefixes=").append(options.allowedClassPrefixes());
        if (!options.allowedClassPrefixes().isEmpty()) {
            key.append(" classPath=").append(classPath(options.classLoader()));
        }
        return key.toString();
    }

    /** Everything about an input besides its content that decides its findings. */
    static String fingerprint(ModelInput input) {
        return input.displayPath() + " " + input.labels() + " listed=" + input.listed() + " inputScaling="
                + input.inputScaling();
    }

    /** The jars and folders a class loader reads (a plugin's class realm is a URLClassLoader), with their ages. */
    private static String classPath(ClassLoader loader) {
        if (!(loader instanceof java.net.URLClassLoader urls)) {
            return String.valueOf(loader);
        }
        StringBuilder path = new StringBuilder();
        for (java.net.URL url : urls.getURLs()) {
            path.append(url);
            try {
                Path entry = Path.of(url.toURI());
                if (Files.isRegularFile(entry)) {
                    path.append('@').append(Files.getLastModifiedTime(entry).toMillis())
                            .append('/').append(Files.size(entry));
                }
            } catch (IOException | java.net.URISyntaxException | IllegalArgumentException
                     | java.nio.file.FileSystemNotFoundException e) {
                path.append("@?");
            }
            path.append(';');
        }
        return path.toString();
    }

    /** For a snapshot build, which build: the size and time of the jar netlint runs from. */
    private static String build() {
        try {
            var source = CacheKey.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return "";
            }
            Path location = Path.of(source.getLocation().toURI());
            if (Files.isRegularFile(location)) {
                return " (" + Files.size(location) + " bytes, " + Files.getLastModifiedTime(location).toMillis() + ")";
            }
        } catch (IOException | RuntimeException | java.net.URISyntaxException e) {
            // no build identity: the version alone keys the cache
        }
        return "";
    }
}
