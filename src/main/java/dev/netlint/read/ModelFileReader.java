package dev.netlint.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.netlint.model.ReadFact;
import dev.netlint.model.SourceLocation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one model file of any registered format ({@link FormatRegistry}). The format is sniffed from the content,
 * never from the file name: a zip is the archive of the format whose configuration entry it holds, another container
 * is recognised by its signature, and a JSON object by the members a format writes. Every file is untrusted:
 * {@link ReadLimits} bounds what it may cost, and anything netlint cannot read ends as one {@link ReadException}
 * saying what was expected.
 */
public final class ModelFileReader {

    private final ReadLimits limits;
    private final JsonParsing json;
    private final List<FormatReader> formats;
    /** Every format's watched member names, marked by the one parse. */
    private final Set<String> watched;

    public ModelFileReader() {
        this(ReadSettings.DEFAULTS);
    }

    /** @throws IllegalArgumentException for settings a format cannot work with (an unusable class prefix) */
    public ModelFileReader(ReadSettings settings) {
        this(settings.limits(), FormatRegistry.readers(settings));
    }

    /** Reads the given formats only, tried in the order given. */
    public ModelFileReader(ReadLimits limits, List<FormatReader> formats) {
        this.limits = limits;
        this.json = new JsonParsing(limits);
        this.formats = List.copyOf(formats);
        Set<String> names = new HashSet<>();
        this.formats.forEach(format -> names.addAll(format.watchedMembers()));
        this.watched = Set.copyOf(names);
    }

    public ReadLimits limits() {
        return limits;
    }

    /**
     * Reads a file found inside {@code projectRoot}. A symbolic link that leads out of the project is refused
     * unread: a pull request must not get the build to read (and quote) a file elsewhere on the machine.
     */
    public ReadOutcome read(Path file, Path projectRoot) throws ReadException {
        Path absolute = file.toAbsolutePath().normalize();
        Path root = projectRoot.toAbsolutePath().normalize();
        if (absolute.startsWith(root)) {
            try {
                Path real = absolute.toRealPath();
                Path realRoot = root.toRealPath();
                if (!real.startsWith(realRoot)) {
                    throw new ReadException(SourceLocation.START_OF_FILE, "the file is a symbolic link to "
                            + real + ", outside the project; expected a model file inside the project (netlint "
                            + "does not follow links out of it)");
                }
            } catch (IOException e) {
                throw new ReadException(SourceLocation.START_OF_FILE, "cannot resolve the file's real path ("
                        + e.getClass().getSimpleName() + "); expected a readable regular file");
            }
        }
        return read(file);
    }

    public ReadOutcome read(Path file) throws ReadException {
        return read(readBounded(file));
    }

    public ReadOutcome read(byte[] bytes) throws ReadException {
        if (bytes.length > limits.maxFileBytes()) {
            throw tooLarge(bytes.length);
        }
        if (ZipArchive.looksLikeZip(bytes)) {
            return readZip(bytes);
        }
        for (FormatReader format : formats) {
            Optional<ReadOutcome> outcome = format.readContainer(bytes, json);
            if (outcome.isPresent()) {
                return outcome.get();
            }
        }
        return readJson(bytes, JsonSource.PLAIN_FILE);
    }

    private byte[] readBounded(Path file) throws ReadException {
        try {
            long size = Files.size(file);
            if (size > limits.maxFileBytes()) {
                throw tooLarge(size);
            }
            try (InputStream in = Files.newInputStream(file)) {
                // The size can lie (special files): never read more than the limit allows.
                byte[] bytes = in.readNBytes((int) Math.min(limits.maxFileBytes() + 1, ReadLimits.LARGEST_FILE));
                if (bytes.length > limits.maxFileBytes()) {
                    throw tooLarge(bytes.length);
                }
                return bytes;
            }
        } catch (IOException e) {
            throw new ReadException(SourceLocation.START_OF_FILE, "cannot read the file ("
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
                    + "); expected a readable regular file");
        }
    }

    private ReadException tooLarge(long size) {
        return new ReadException(SourceLocation.START_OF_FILE, "the file is " + ReadLimits.describe(size)
                + ", larger than the limit of " + ReadLimits.describe(limits.maxFileBytes())
                + " (maxFileSize); expected a model configuration below that size");
    }

    private ReadOutcome readZip(byte[] bytes) throws ReadException {
        ZipArchive zip = ZipArchive.open(bytes, limits);
        List<String> configEntries = new ArrayList<>();
        for (FormatReader format : formats) {
            Optional<ArchiveLayout> layout = format.archiveLayout();
            if (layout.isEmpty()) {
                continue;
            }
            configEntries.add(layout.get().configEntry());
            Optional<ZipArchive.Entry> entry = zip.entry(layout.get().configEntry());
            if (entry.isPresent()) {
                return readArchive(zip, layout.get(), entry.get());
            }
        }
        return new ReadOutcome.NotAModel("zip archive without a " + String.join(" or ", configEntries) + " entry");
    }

    private ReadOutcome readArchive(ZipArchive zip, ArchiveLayout layout, ZipArchive.Entry entry)
            throws ReadException {
        ReadOutcome outcome;
        try {
            outcome = readJson(zip.read(entry, limits.maxFileBytes()), new JsonSource(entry.name(), Optional.of(zip)));
        } catch (ReadException e) {
            throw new ReadException(e.location(), "in " + entry.name() + ": " + e.getMessage(), e);
        }
        if (outcome instanceof ReadOutcome.Models models) {
            List<ReadFact> facts = new ArrayList<>(layout.unexpectedEntries(zip.entries()));
            facts.addAll(models.facts());
            return new ReadOutcome.Models(models.format(), models.entry(), models.networks(), facts);
        }
        return outcome;
    }

    private ReadOutcome readJson(byte[] bytes, JsonSource source) throws ReadException {
        Utf8Validity.check(bytes);
        for (FormatReader format : formats) {
            Optional<ReadOutcome> read = format.readWithoutTree(bytes, source, json);
            if (read.isPresent()) {
                return read.get();
            }
        }
        JsonDocument document = json.document(bytes, watched);
        if (document.duplicateKeys()) {
            json.noRepeatedMember(bytes);
        }
        JsonNode root = document.root();
        ParsedJson parsed;
        if (root != null && root.isTextual() && root.asText().trim().startsWith("{")) {
            // A model saved as json.dump(model.to_json()): decoded once more. Positions then point into the
            // string, so every element is placed at the string's start.
            JsonNode inner = json.tree(root.asText().getBytes(StandardCharsets.UTF_8));
            if (!(inner instanceof ObjectNode object)) {
                return notAnObject(inner);
            }
            parsed = new ParsedJson(object, JsonLocations.flat(document.locations().at("")), Optional.empty(),
                    bytes);
        } else if (root instanceof ObjectNode object) {
            parsed = new ParsedJson(object, document.locations(), Optional.of(document), bytes);
        } else {
            return notAnObject(root);
        }
        for (FormatReader format : formats) {
            Optional<ReadOutcome> read = format.read(parsed, source);
            if (read.isPresent()) {
                return read.get();
            }
        }
        return new ReadOutcome.NotAModel("JSON object without the members of a "
                + String.join(" or ", formats.stream().map(format -> format.info().name()).toList())
                + " model configuration");
    }

    private static ReadOutcome notAnObject(JsonNode root) {
        return new ReadOutcome.NotAModel(root == null || root.isMissingNode() ? "empty file"
                : "top-level JSON " + root.getNodeType().name().toLowerCase() + ", not a configuration object");
    }
}
