package dev.netlint.read;

import java.util.Optional;

/**
 * Where a JSON configuration came from.
 *
 * @param entry   the archive entry it was read from, empty for a plain file (or a name such as {@code model_config}
 *                for a configuration kept elsewhere in a container)
 * @param archive the archive holding it, whose other entries a format may consult
 */
public record JsonSource(String entry, Optional<ZipArchive> archive) {

    public static final JsonSource PLAIN_FILE = new JsonSource("", Optional.empty());
}
