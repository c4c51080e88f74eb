package dev.netlint.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.FileVisitResult;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.BiConsumer;

/**
 * Finds the files to lint under the source directories with Maven-style include/exclude globs ({@code **}/*.json
 * also matches a file at the top of the directory, as in Maven and Ant).
 */
public final class ModelFileFinder {

    private final List<PathGlob> includes;
    private final List<PathGlob> excludes;

    public ModelFileFinder(List<String> includes, List<String> excludes) {
        this.includes = matchers(includes);
        this.excludes = matchers(excludes);
    }

    /**
     * Matching regular files, sorted, without duplicates. Missing directories yield nothing.
     *
     * @throws UncheckedIOException when a directory below cannot be listed
     */
    public List<Path> find(List<Path> directories) {
        return find(directories, (directory, e) -> {
            throw new UncheckedIOException("cannot list " + directory + ": " + e.getMessage(), e);
        });
    }

    /**
     * Matching regular files, sorted, without duplicates; a directory that cannot be listed (no permission, gone
     * meanwhile) goes to {@code unlistable} and the walk goes on with the others.
     */
    public List<Path> find(List<Path> directories, BiConsumer<Path, IOException> unlistable) {
        TreeSet<Path> found = new TreeSet<>();
        for (Path directory : directories) {
            if (!Files.isDirectory(directory)) {
                continue;
            }
            try {
                Files.walkFileTree(directory, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                        if (Files.isRegularFile(file) && matches(directory.relativize(file))) {
                            found.add(file.toAbsolutePath().normalize());
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        unlistable.accept(file, e);
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                        if (e != null) {
                            unlistable.accept(dir, e);
                        }
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                unlistable.accept(directory, e);
            }
        }
        return new ArrayList<>(found);
    }

    public boolean matches(Path relative) {
        return anyMatch(includes, relative) && !anyMatch(excludes, relative);
    }

    private static boolean anyMatch(List<PathGlob> matchers, Path relative) {
        return matchers.stream().anyMatch(m -> m.matches(relative));
    }

    /**
     * @throws IllegalArgumentException naming the glob and what is wrong in it
     */
    static List<PathGlob> matchers(List<String> globs) {
        return globs.stream().map(PathGlob::of).toList();
    }
}
