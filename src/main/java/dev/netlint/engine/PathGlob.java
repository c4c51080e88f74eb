package dev.netlint.engine;

import java.nio.file.Path;

/**
 * A Maven-style include, exclude or suppression glob over project-relative paths with forward slashes: a
 * {@link Glob}, where a leading {@code **}{@code /} also matches no directory at all, as in Maven and Ant.
 */
public final class PathGlob {

    private final String text;
    private final Glob glob;
    /** The glob without its leading {@code **}{@code /}, or null. */
    private final Glob atTop;

    private PathGlob(String text, Glob glob, Glob atTop) {
        this.text = text;
        this.glob = glob;
        this.atTop = atTop;
    }

    /**
     * @throws IllegalArgumentException naming the glob and what is wrong in it
     */
    public static PathGlob of(String text) {
        String normalized = text.trim().replace('\\', '/');
        return new PathGlob(normalized, Glob.compile(normalized),
                normalized.startsWith("**/") ? Glob.compile(normalized.substring(3)) : null);
    }

    public boolean matches(String path) {
        return glob.matches(path) || atTop != null && atTop.matches(path);
    }

    public boolean matches(Path relative) {
        return matches(relative.toString().replace(relative.getFileSystem().getSeparator(), "/"));
    }

    public String text() {
        return text;
    }
}
