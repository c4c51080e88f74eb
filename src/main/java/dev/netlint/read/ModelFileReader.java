package dev.netlint.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.netlint.model.SourceLocation;
import dev.netlint.read.dl4j.ClassAllowList;
import dev.netlint.read.dl4j.Dl4jErrors;
import dev.netlint.read.dl4j.Dl4jReader;
import dev.netlint.read.dl4j.Dl4jScanCheck;
import dev.netlint.read.keras.Hdf5Attributes;
import dev.netlint.read.keras.KerasReader;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads one model file of any supported format. The format is sniffed from the content, never from the file name:
 * an HDF5 signature means a Keras .h5 file; a zip is a DL4J ModelSerializer archive when it holds
 * {@code configuration.json} and a Keras 3 archive when it holds {@code config.json}; a JSON object is a DL4J or
 * Keras configuration when it has the members those write. Every file is untrusted: {@link ReadLimits} bounds what
 * it may cost, and anything netlint cannot read ends as one {@link ReadException} saying what was expected.
 */
public final class ModelFileReader {

    static final String DL4J_CONFIGURATION_ENTRY = "configuration.json";
    static final String DL4J_NORMALIZER_ENTRY = "normalizer.bin";
    static final String DL4J_WEIGHTS_ENTRY = "coefficients.bin";
    static final String DL4J_UPDATER_ENTRY = "updaterState.bin";
    static final String KERAS_CONFIG_ENTRY = "config.json";

    /**
     * One mapper per set of limits for every reader in the JVM (a mapper is thread-safe): its factory's symbol table
     * of member names then outlives a run, so a second run in the same JVM (the next module of a reactor build)
     * starts with the names DL4J and Keras files use already known instead of hashing and interning them again.
     */
    private static final Map<ReadLimits, ObjectMapper> MAPPERS = new ConcurrentHashMap<>();

    private final ReadLimits limits;
    private final ObjectMapper mapper;
    private final JsonFactory factory;
    private final Dl4jReader dl4j;
    private final Dl4jScanCheck scanCheck;
    /** Off only in tests that compare both ways of reading. */
    private final boolean scanChecked;
    private final KerasReader keras = new KerasReader();

    public ModelFileReader() {
        this(ReadLimits.DEFAULTS, ClassAllowList.dl4jConfiguration());
    }

    public ModelFileReader(ReadLimits limits, ClassAllowList allowList) {
        this(limits, allowList, true);
    }

    public ModelFileReader(ReadLimits limits, ClassAllowList allowList, boolean scanChecked) {
        this.limits = limits;
        this.scanChecked = scanChecked;
        this.scanCheck = new Dl4jScanCheck(allowList);
        this.mapper = MAPPERS.computeIfAbsent(limits, ModelFileReader::mapper);
        this.factory = mapper.getFactory();
        this.dl4j = new Dl4jReader(mapper, allowList);
    }

    private static ObjectMapper mapper(ReadLimits limits) {
        JsonFactory jsonFactory = JsonFactory.builder()
                .streamReadConstraints(limits.streamReadConstraints())
                // Python's json module writes NaN and Infinity bare; Keras files can hold them.
                .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .build();
        return JsonMapper.builder(jsonFactory).build();
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
        if (Hdf5Attributes.isHdf5(bytes)) {
            return readHdf5(bytes);
        }
        return readJson(bytes, "", Optional.empty());
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
        Optional<ZipArchive.Entry> dl4jEntry = zip.entry(DL4J_CONFIGURATION_ENTRY);
        Optional<ZipArchive.Entry> kerasEntry = zip.entry(KERAS_CONFIG_ENTRY);
        if (dl4jEntry.isEmpty() && kerasEntry.isEmpty()) {
            return new ReadOutcome.NotAModel("zip archive without a " + DL4J_CONFIGURATION_ENTRY + " or "
                    + KERAS_CONFIG_ENTRY + " entry");
        }
        ArchiveLayout layout = dl4jEntry.isPresent() ? ArchiveLayout.DL4J : ArchiveLayout.KERAS;
        ZipArchive.Entry entry = dl4jEntry.orElseGet(kerasEntry::get);
        Optional<Boolean> normalizerSaved = layout == ArchiveLayout.DL4J
                ? Optional.of(zip.entry(DL4J_NORMALIZER_ENTRY).isPresent()) : Optional.empty();
        ReadOutcome outcome;
        try {
            outcome = readJson(zip.read(entry, limits.maxFileBytes()), entry.name(), normalizerSaved);
        } catch (ReadException e) {
            throw new ReadException(e.location(), "in " + entry.name() + ": " + e.getMessage(), e);
        }
        if (outcome instanceof ReadOutcome.Models models) {
            List<ReadNote> notes = new ArrayList<>(layout.unexpectedEntries(zip.entries()));
            notes.addAll(models.notes());
            // Weights without updater state: ModelSerializer.writeModel(net, file, false), how a model is saved
            // to be served.
            boolean servingOnly = layout == ArchiveLayout.DL4J && zip.entry(DL4J_WEIGHTS_ENTRY).isPresent()
                    && zip.entry(DL4J_UPDATER_ENTRY).isEmpty();
            return new ReadOutcome.Models(models.format(), models.entry(), models.networks().stream()
                    .map(n -> n.withFacts(n.facts().withWeightsWithoutTrainingState(servingOnly))).toList(), notes);
        }
        return outcome;
    }

    private ReadOutcome readHdf5(byte[] bytes) throws ReadException {
        Hdf5Attributes attributes = Hdf5Attributes.read(bytes);
        if (attributes.modelConfig().isEmpty()) {
            return new ReadOutcome.NotAModel("HDF5 file without a model_config attribute (weights only)");
        }
        Optional<JsonNode> training = Optional.empty();
        try {
            if (attributes.trainingConfig().isPresent()) {
                training = Optional.of(parse(attributes.trainingConfig().get().getBytes(StandardCharsets.UTF_8)));
            }
            byte[] config = attributes.modelConfig().get().getBytes(StandardCharsets.UTF_8);
            JsonNode root = parse(config);
            noRepeatedMember(config);
            Optional<KerasReader.Sniffed> sniffed = KerasReader.sniff(root);
            if (sniffed.isEmpty() || sniffed.get() instanceof KerasReader.Rejected) {
                return new ReadOutcome.NotAModel(sniffed.map(s -> ((KerasReader.Rejected) s).reason())
                        .orElse("HDF5 model_config that is not a Keras model"));
            }
            return keras.read((KerasReader.Document) sniffed.get(), scan(config), "model_config",
                    training.filter(JsonNode::isObject));
        } catch (ReadException e) {
            throw new ReadException(e.location(), "in the HDF5 attributes: " + e.getMessage(), e);
        }
    }

    private ReadOutcome readJson(byte[] bytes, String entry, Optional<Boolean> normalizer) throws ReadException {
        Optional<ReadOutcome> checked = scanChecked ? readScanned(bytes, entry, normalizer) : Optional.empty();
        if (checked.isPresent()) {
            return checked.get();
        }
        JsonDocument document = document(bytes);
        if (document.duplicateKeys()) {
            throw repeatedMember(bytes);
        }
        JsonLocations locations = document.locations();
        JsonNode root = document.root();
        Optional<String> verbatim = Dl4jReader.verbatimSource(document, bytes);
        // With a repeated key a mark may lie in a member the tree dropped: then the tree is walked instead.
        List<JsonDocument.Marked> marked = document.duplicateKeys() ? null : document.marked();
        if (root != null && root.isTextual() && root.asText().trim().startsWith("{")) {
            // A model saved as json.dump(model.to_json()): decoded once more. Positions then point into the
            // string, so every element is placed at the string's start.
            byte[] inner = root.asText().getBytes(StandardCharsets.UTF_8);
            root = parse(inner);
            noRepeatedMember(inner);
            locations = JsonLocations.flat(locations.at(""));
            verbatim = Optional.empty();
            marked = null;
        }
        if (!(root instanceof ObjectNode object)) {
            return new ReadOutcome.NotAModel(root == null || root.isMissingNode() ? "empty file"
                    : "top-level JSON " + root.getNodeType().name().toLowerCase() + ", not a configuration object");
        }
        Optional<Dl4jReader.Kind> kind = Dl4jReader.sniff(object);
        if (kind.isPresent()) {
            return dl4j.read(kind.get(), object, locations, entry, normalizer, verbatim, marked);
        }
        Optional<KerasReader.Sniffed> sniffed = KerasReader.sniff(object);
        if (sniffed.isPresent()) {
            if (sniffed.get() instanceof KerasReader.Rejected rejected) {
                return new ReadOutcome.NotAModel(rejected.reason());
            }
            return keras.read((KerasReader.Document) sniffed.get(), locations, entry, Optional.empty());
        }
        if (Dl4jReader.isPre05Configuration(object)) {
            throw new ReadException(locations.at(""), "DL4J configuration from before 0.5 (a single flat "
                    + "NeuralNetConfiguration without confs), which no current DL4J can load; expected a "
                    + "MultiLayerConfiguration or ComputationGraphConfiguration written by DL4J 0.5 or later");
        }
        return new ReadOutcome.NotAModel("JSON object without the members of a DL4J or Keras model configuration");
    }

    /**
     * The DL4J configuration in {@code bytes} read without a tree, when a scan shows DL4J can read the text as it is
     * ({@link Dl4jScanCheck}); empty for everything else (other formats, files needing the tree, malformed JSON),
     * which {@link #readJson} then reads as usual. A Keras file costs the scan of its first member only.
     */
    private Optional<ReadOutcome> readScanned(byte[] bytes, String entry, Optional<Boolean> normalizer)
            throws ReadException {
        Optional<JsonDocument.Scan> scan;
        try {
            scan = JsonDocument.scanWatched(factory, bytes, Dl4jReader.WATCHED, Dl4jScanCheck.FIRST_MEMBERS);
        } catch (IOException e) {
            return Optional.empty(); // malformed JSON: the tree's way says what is wrong
        }
        Optional<Dl4jReader.Kind> kind = scan.flatMap(scanCheck::check);
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        Optional<byte[]> withoutArrays = withoutArrays(bytes, scan.get().arrays());
        // Decoded only now: a Keras file must not pay for it. UTF-16 and UTF-32 go the tree's way.
        Optional<String> text = withoutArrays.flatMap(Dl4jReader::utf8Text);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Long> arrayLengths = new java.util.LinkedHashMap<>();
        scan.get().arrays().forEach(array -> arrayLengths.put(array.pointer(), array.length()));
        return Optional.of(dl4j.readChecked(kind.get(), text.get(), scan.get().locations(), entry, normalizer,
                arrayLengths));
    }

    /**
     * {@code bytes} with each serialised ND4J array replaced by {@code null}, as the tree's way sets those members
     * (building them needs an ND4J backend); empty if an array's offsets do not frame an object.
     */
    private static Optional<byte[]> withoutArrays(byte[] bytes, List<JsonDocument.ArraySpan> arrays) {
        if (arrays.isEmpty()) {
            return Optional.of(bytes);
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(bytes.length);
        int copied = 0;
        for (JsonDocument.ArraySpan array : arrays) {
            if (array.start() < copied || array.end() > bytes.length || bytes[array.start()] != '{'
                    || bytes[array.end() - 1] != '}') {
                return Optional.empty();
            }
            out.write(bytes, copied, array.start() - copied);
            out.write('n');
            out.write('u');
            out.write('l');
            out.write('l');
            copied = array.end();
        }
        out.write(bytes, copied, bytes.length - copied);
        return Optional.of(out.toByteArray());
    }

    private void noRepeatedMember(byte[] bytes) throws ReadException {
        ReadException repeated = repeatedMember(bytes);
        if (repeated != null) {
            throw repeated;
        }
    }

    /**
     * The first member an object names twice, as an error at its position; null when there is none. A repeated
     * member is never read: DL4J's deserialiser takes the first {@code @class} of an object, a JSON tree the last,
     * so netlint would check one configuration while DL4J builds another.
     */
    private ReadException repeatedMember(byte[] bytes) {
        try (com.fasterxml.jackson.core.JsonParser parser = factory.createParser(bytes)) {
            parser.enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            while (parser.nextToken() != null) {
                // every token: a repeated member at any depth counts
            }
            return null;
        } catch (JsonProcessingException e) {
            String message = String.valueOf(e.getOriginalMessage());
            if (!message.startsWith("Duplicate")) {
                return null; // malformed JSON: reported where the tree is built
            }
            java.util.regex.Matcher name = java.util.regex.Pattern.compile("'(.*)'|\"(.*)\"").matcher(message);
            String member = name.find() ? (name.group(1) != null ? name.group(1) : name.group(2)) : "?";
            SourceLocation at = e.getLocation() == null ? SourceLocation.START_OF_FILE
                    : new SourceLocation(Math.max(1, e.getLocation().getLineNr()),
                    Math.max(1, e.getLocation().getColumnNr()), "");
            return new ReadException(at, "member '" + ZipArchive.printable(member) + "' appears twice in one "
                    + "object; DL4J's deserialiser takes the first, a JSON tree the last, so the configuration "
                    + "checked would not be the one loaded; expected every member once, as DL4J and Keras write them");
        } catch (IOException e) {
            return null;
        }
    }

    private JsonDocument document(byte[] bytes) throws ReadException {
        try {
            return JsonDocument.parse(factory, bytes, Dl4jReader.WATCHED);
        } catch (JsonProcessingException e) {
            throw malformed(e);
        } catch (IOException e) {
            throw unreadableJson(e);
        }
    }

    private JsonLocations scan(byte[] bytes) throws ReadException {
        try {
            return JsonLocations.scan(factory, bytes);
        } catch (JsonProcessingException e) {
            throw malformed(e);
        } catch (IOException e) {
            throw unreadableJson(e);
        }
    }

    private JsonNode parse(byte[] bytes) throws ReadException {
        try {
            return mapper.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw malformed(e);
        } catch (IOException e) {
            throw unreadableJson(e);
        }
    }

    private static ReadException unreadableJson(IOException e) {
        return new ReadException(SourceLocation.START_OF_FILE, "cannot read the JSON ("
                + Dl4jErrors.firstLine(String.valueOf(e.getMessage())) + "); expected one JSON document in UTF-8, "
                + "UTF-16 or UTF-32");
    }

    private ReadException malformed(JsonProcessingException e) {
        SourceLocation at = e.getLocation() == null ? SourceLocation.START_OF_FILE
                : new SourceLocation(Math.max(1, e.getLocation().getLineNr()),
                Math.max(1, e.getLocation().getColumnNr()), "");
        String message = Dl4jErrors.firstLine(String.valueOf(e.getOriginalMessage()))
                .replaceAll("\\[Source: REDACTED \\(`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled\\); ", "[");
        if (e instanceof StreamConstraintsException) {
            return new ReadException(at, "the JSON exceeds a read limit: " + message + "; expected a model "
                    + "configuration (nesting below " + limits.maxNestingDepth() + " levels, numbers below "
                    + limits.maxNumberLength() + " digits, strings below " + limits.maxStringLength()
                    + " characters, at most " + limits.maxJsonTokens() + " tokens)");
        }
        return new ReadException(at, "malformed JSON: " + message + "; expected one complete JSON document "
                + "(UTF-8, UTF-16 or UTF-32)");
    }

    /** The entries each archive format defines; anything else is reported (NL903), never read. */
    private enum ArchiveLayout {
        DL4J("DL4J ModelSerializer", List.of(DL4J_CONFIGURATION_ENTRY, "coefficients.bin", "updaterState.bin",
                "updater.bin", DL4J_NORMALIZER_ENTRY, "preprocessor.bin", "noParams.marker"), List.of("objects/")),
        KERAS("Keras", List.of(KERAS_CONFIG_ENTRY, "metadata.json", "model.weights.h5", "model.weights.npz"),
                List.of("assets/"));

        private final String format;
        private final List<String> names;
        private final List<String> folders;

        ArchiveLayout(String format, List<String> names, List<String> folders) {
            this.format = format;
            this.names = names;
            this.folders = folders;
        }

        List<ReadNote> unexpectedEntries(List<ZipArchive.Entry> entries) {
            List<ReadNote> notes = new ArrayList<>();
            List<String> seen = new ArrayList<>();
            boolean weightsH5 = false;
            boolean weightsNpz = false;
            for (ZipArchive.Entry entry : entries) {
                String name = entry.name();
                String shown = ZipArchive.printable(name);
                if (seen.contains(name)) {
                    notes.add(note(shown, "entry '" + shown + "' appears twice in the " + format + " archive",
                            "tools disagree on which copy they load (Python's zipfile and Keras take the last one, "
                                    + "an unzip tool shows the first), so a reviewed entry can hide another"));
                    continue;
                }
                seen.add(name);
                weightsH5 |= name.equals("model.weights.h5");
                weightsNpz |= name.equals("model.weights.npz");
                boolean defined = names.contains(name) || folders.stream().anyMatch(name::startsWith)
                        || folders.contains(name + "/");
                if (!defined) {
                    notes.add(note(shown, "entry '" + shown + "' is not part of the " + format + " format",
                            "no loader needs it, and an extra entry is where a payload hides; a loader or a "
                                    + "tool built on the archive may still open it"));
                }
            }
            if (weightsH5 && weightsNpz) {
                notes.add(note("model.weights.npz", "the Keras archive holds both model.weights.h5 and "
                                + "model.weights.npz",
                        "Keras loads the .h5 one, while a tool that lists the archive may trust the other; a .npz "
                                + "can hold pickled objects, which run code when loaded"));
            }
            return notes;
        }

        private static ReadNote note(String element, String problem, String cost) {
            return new ReadNote("NL903", SourceLocation.START_OF_FILE, element, problem, cost,
                    "rebuild the archive with model.save() or ModelSerializer.writeModel and find out where the "
                            + "entry came from; netlint never reads or runs it", true);
        }
    }
}
