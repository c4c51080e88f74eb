package dev.netlint.read.dl4j;

import dev.netlint.read.ArchiveLayout;
import dev.netlint.read.FormatInfo;
import dev.netlint.read.FormatReader;
import dev.netlint.read.JsonDocument;
import dev.netlint.read.JsonParsing;
import dev.netlint.read.JsonSource;
import dev.netlint.read.ParsedJson;
import dev.netlint.read.ReadException;
import dev.netlint.read.ReadOutcome;
import dev.netlint.read.ReadSettings;
import dev.netlint.read.ZipArchive;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * DL4J MultiLayerConfiguration and ComputationGraphConfiguration JSON, plain or as the {@code configuration.json} of a
 * ModelSerializer zip. Most files are read without a tree ({@link Dl4jScanCheck}); the rest through the parsed tree.
 */
public final class Dl4jFormatReader implements FormatReader {

    static final String CONFIGURATION_ENTRY = "configuration.json";
    static final String NORMALIZER_ENTRY = "normalizer.bin";
    static final String WEIGHTS_ENTRY = "coefficients.bin";
    static final String UPDATER_ENTRY = "updaterState.bin";

    private static final FormatInfo INFO = new FormatInfo("DL4J", "DL4J JSON or zip",
            List.of("a DL4J configuration JSON or zip"), List.of("**/*.json", "**/*.zip"));

    private static final ArchiveLayout ARCHIVE = new ArchiveLayout("DL4J ModelSerializer", CONFIGURATION_ENTRY,
            List.of(CONFIGURATION_ENTRY, WEIGHTS_ENTRY, UPDATER_ENTRY, "updater.bin", NORMALIZER_ENTRY,
                    "preprocessor.bin", "noParams.marker"), List.of("objects/"), List.of());

    private final Dl4jReader reader;
    private final Dl4jScanCheck scanCheck;
    /** Off only in tests that compare both ways of reading. */
    private final boolean scanChecked;

    /** @throws IllegalArgumentException for an allowed class prefix that is not a usable package name */
    public Dl4jFormatReader(ReadSettings settings) {
        this(ClassAllowList.dl4jConfiguration().withUserPrefixes(settings.allowedClassPrefixes(),
                settings.classLoader()), true);
    }

    Dl4jFormatReader(ClassAllowList allowList, boolean scanChecked) {
        this.reader = new Dl4jReader(allowList);
        this.scanCheck = new Dl4jScanCheck(allowList);
        this.scanChecked = scanChecked;
    }

    @Override
    public FormatInfo info() {
        return INFO;
    }

    @Override
    public Optional<ArchiveLayout> archiveLayout() {
        return Optional.of(ARCHIVE);
    }

    @Override
    public Set<String> watchedMembers() {
        return Dl4jReader.WATCHED;
    }

    /**
     * The configuration read without a tree, when a scan shows DL4J can read the text as it is
     * ({@link Dl4jScanCheck}); empty for everything else (other formats, files needing the tree, malformed JSON),
     * which then go the tree's way. A Keras file costs the scan of its first member only.
     */
    @Override
    public Optional<ReadOutcome> readWithoutTree(byte[] bytes, JsonSource source, JsonParsing json)
            throws ReadException {
        if (!scanChecked) {
            return Optional.empty();
        }
        Optional<Dl4jScan> scan;
        try {
            scan = Dl4jScan.of(json.factory(), bytes);
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
        Map<String, Long> arrayLengths = new LinkedHashMap<>();
        scan.get().arrays().forEach(array -> arrayLengths.put(array.pointer(), array.length()));
        return Optional.of(servingOnly(reader.readChecked(kind.get(), text.get(), scan.get().scan().locations(),
                source.entry(), normalizerSaved(source), arrayLengths), source));
    }

    @Override
    public Optional<ReadOutcome> read(ParsedJson parsed, JsonSource source) throws ReadException {
        Optional<Dl4jReader.Kind> kind = Dl4jReader.sniff(parsed.root());
        if (kind.isEmpty()) {
            if (Dl4jReader.isPre05Configuration(parsed.root())) {
                throw new ReadException(parsed.locations().at(""), "DL4J configuration from before 0.5 (a single "
                        + "flat NeuralNetConfiguration without confs), which no current DL4J can load; expected a "
                        + "MultiLayerConfiguration or ComputationGraphConfiguration written by DL4J 0.5 or later");
            }
            return Optional.empty();
        }
        Optional<String> verbatim = parsed.document()
                .flatMap(document -> Dl4jReader.verbatimSource(document, parsed.bytes()));
        // With a repeated key a mark may lie in a member the tree dropped: then the tree is walked instead.
        List<JsonDocument.Marked> marked = parsed.document().filter(document -> !document.duplicateKeys())
                .map(JsonDocument::marked).orElse(null);
        return Optional.of(servingOnly(reader.read(kind.get(), parsed.root(), parsed.locations(), source.entry(),
                normalizerSaved(source), verbatim, marked), source));
    }

    /**
     * Weights without updater state in a ModelSerializer archive: ModelSerializer.writeModel(net, file, false), how a
     * model is saved to be served.
     */
    private static ReadOutcome.Models servingOnly(ReadOutcome.Models models, JsonSource source) {
        Optional<ZipArchive> archive = source.archive().filter(zip -> source.entry().equals(CONFIGURATION_ENTRY));
        if (archive.isEmpty()) {
            return models;
        }
        boolean servingOnly = archive.get().has(WEIGHTS_ENTRY) && !archive.get().has(UPDATER_ENTRY);
        return new ReadOutcome.Models(models.format(), models.entry(), models.networks().stream()
                .map(n -> n.withFacts(n.facts().withWeightsWithoutTrainingState(servingOnly))).toList(),
                models.facts());
    }

    /** Whether a ModelSerializer archive saved the input normaliser; unknown for a plain configuration file. */
    private static Optional<Boolean> normalizerSaved(JsonSource source) {
        return source.archive().filter(zip -> source.entry().equals(CONFIGURATION_ENTRY))
                .map(zip -> zip.has(NORMALIZER_ENTRY));
    }

    /**
     * {@code bytes} with each serialised ND4J array replaced by {@code null}, as the tree's way sets those members
     * (building them needs an ND4J backend); empty if an array's offsets do not frame an object.
     */
    private static Optional<byte[]> withoutArrays(byte[] bytes, List<ArraySpan> arrays) {
        if (arrays.isEmpty()) {
            return Optional.of(bytes);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
        int copied = 0;
        for (ArraySpan array : arrays) {
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
}
