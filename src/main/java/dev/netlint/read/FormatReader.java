package dev.netlint.read;

import java.util.Optional;
import java.util.Set;

/**
 * One model format family: how its files are recognised and read into the neutral model. A format is one package
 * holding an implementation and one line in {@link FormatRegistry}; {@link ModelFileReader} offers every file to the
 * registered readers in registration order, and the first that recognises it reads it.
 *
 * <p>The content is sniffed, never the file name. The hooks follow the file's way through the dispatcher: a zip is
 * matched against each format's {@link #archiveLayout()}, any other container by {@link #readContainer}, and JSON
 * (a file or the configuration entry of an archive) first by {@link #readWithoutTree} and then, parsed once for all
 * formats, by {@link #read}.
 */
public interface FormatReader {

    /** How users know the format: the "expected ..." text, the CLI usage and the files a directory search takes. */
    FormatInfo info();

    /** The zip archive this format writes, when it has one; a zip holding its configuration entry is this format's. */
    default Optional<ArchiveLayout> archiveLayout() {
        return Optional.empty();
    }

    /**
     * Reads a file that is not JSON and not a zip when its leading bytes are this format's (an HDF5 signature);
     * empty when they are not.
     */
    default Optional<ReadOutcome> readContainer(byte[] bytes, JsonParsing json) throws ReadException {
        return Optional.empty();
    }

    /**
     * Reads a JSON configuration without building a tree, when this format can vouch that nothing is lost that way;
     * empty to have it parsed and offered to {@link #read}. Called for every JSON document before it is parsed, so
     * it must give up cheaply on another format's file.
     */
    default Optional<ReadOutcome> readWithoutTree(byte[] bytes, JsonSource source, JsonParsing json)
            throws ReadException {
        return Optional.empty();
    }

    /** Member names whose objects the one parse marks for this reader ({@link JsonDocument.Marked}). */
    default Set<String> watchedMembers() {
        return Set.of();
    }

    /** Reads the parsed configuration when it is this format's (sniffed from its members); empty when it is not. */
    Optional<ReadOutcome> read(ParsedJson parsed, JsonSource source) throws ReadException;
}
