package dev.netlint.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Finds the files to lint under the source directories with Maven-style include/exclude globs ({@code **}/*.json
 * also matches a file at the top of the directory, as in Maven and Ant).
 */
public final class ModelFileFinder {

    private final List<PathMatcher> includes;
    private final List<PathMatcher> excludes;

    public ModelFileFinder(List<String> includes, List<String> excludes) {
        this.includes = matchers(includes);
        this.excludes = matchers(excludes);
    }

    /** Matching regular files, sorted, without duplicates. Missing directories yield nothing. */
    public List<Path> find(List<Path> directories) {
        TreeSet<Path> found = new TreeSet<>();
        for (Path directory : directories) {
            if (!Files.isDirectory(directory)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(directory)) {
                files.filter(Files::isRegularFile)
                        .filter(file -> matches(directory.relativize(file)))
                        .forEach(file -> found.add(file.toAbsolutePath().normalize()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + directory + ": " + e.getMessage(), e);
            }
        }
        return new ArrayList<>(found);
    }

    public boolean matches(Path relative) {
        return anyMatch(includes, relative) && !anyMatch(excludes, relative);
    }

    private static boolean anyMatch(List<PathMatcher> matchers, Path relative) {
        return matchers.stream().anyMatch(m -> m.matches(relative));
    }

    static List<PathMatcher> matchers(List<String> globs) {
        List<PathMatcher> matchers = new ArrayList<>();
        for (String glob : globs) {
            String normalized = glob.trim().replace('\\', '/');
            matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + normalized));
            // java.nio's ** needs at least one directory; Maven's also matches zero.
            if (normalized.startsWith("**/")) {
                matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + normalized.substring(3)));
            }
        }
        return matchers;
    }
}
