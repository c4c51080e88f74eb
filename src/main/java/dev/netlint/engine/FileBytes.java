package dev.netlint.engine;

import dev.netlint.read.ReadLimits;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A model file's bytes as the engine takes them in, once: the reader reads these bytes and the cache keys the result
 * by their hash, so a file that changes while it is linted can never have its new content stored under the old
 * content's hash, nor be read twice.
 */
final class FileBytes {

    private FileBytes() {
    }

    /**
     * The bytes of a plain file: a regular file within {@code maxBytes}, which is no link out of the project.
     * Empty for anything else (missing, too large, special, unreadable, a link out of the project): the reader then
     * opens the file itself and refuses it in its own words.
     */
    static Optional<byte[]> read(Path file, Optional<Path> projectRoot, long maxBytes) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (!attributes.isRegularFile() || attributes.size() > maxBytes
                    || projectRoot.isPresent() && leavesProject(file, projectRoot.get())) {
                return Optional.empty();
            }
            try (InputStream in = Files.newInputStream(file)) {
                // The file may have grown since: read one byte past the limit to see it.
                byte[] bytes = in.readNBytes((int) Math.min(maxBytes + 1, ReadLimits.LARGEST_FILE));
                return bytes.length > maxBytes ? Optional.empty() : Optional.of(bytes);
            }
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
    }

    /** As the reader judges it: a path inside the project whose real file lies outside the project's real path. */
    private static boolean leavesProject(Path file, Path projectRoot) throws IOException {
        Path absolute = file.toAbsolutePath().normalize();
        Path root = projectRoot.toAbsolutePath().normalize();
        return absolute.startsWith(root) && !absolute.toRealPath().startsWith(root.toRealPath());
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
