package dev.netlint.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.netlint.model.SourceLocation;
import dev.netlint.read.keras.KerasReader;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads one model file of any supported format. The format is sniffed from the content, never from the file name:
 * an HDF5 signature means a Keras .h5 file; a zip is a DL4J ModelSerializer archive when it holds
 * {@code configuration.json} and a Keras 3 archive when it holds {@code config.json}; a JSON object is a DL4J or
 * Keras configuration when it has the members those write.
 */
public final class ModelFileReader {

    static final String DL4J_CONFIGURATION_ENTRY = "configuration.json";
    static final String DL4J_NORMALIZER_ENTRY = "normalizer.bin";
    static final String KERAS_CONFIG_ENTRY = "config.json";
    private static final long MAX_ENTRY_BYTES = 64L * 1024 * 1024;

    /**
     * One mapper for every reader in the JVM (it is thread-safe): its factory's symbol table of member names then
     * outlives a run, so a second run in the same JVM (the next module of a reactor build) starts with the names
     * DL4J and Keras files use already known instead of hashing and interning them again.
     */
    private static final ObjectMapper SHARED_MAPPER = new ObjectMapper();

    private final ObjectMapper mapper = SHARED_MAPPER;
    private final JsonFactory factory = mapper.getFactory();
    private final Dl4jReader dl4j = new Dl4jReader(mapper, ClassAllowList.dl4jConfiguration());
    private final KerasReader keras = new KerasReader();

    public ReadOutcome read(Path file) throws ReadException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ReadException(SourceLocation.START_OF_FILE, "cannot read the file: " + e.getMessage());
        }
        return read(bytes);
    }

    public ReadOutcome read(byte[] bytes) throws ReadException {
        if (isZip(bytes)) {
            return readZip(bytes);
        }
        if (Hdf5Attributes.isHdf5(bytes)) {
            return readHdf5(bytes);
        }
        return readJson(bytes, "", Optional.empty());
    }

    private ReadOutcome readZip(byte[] bytes) throws ReadException {
        Map<String, byte[]> wanted = new HashMap<>();
        boolean normalizer = false;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName();
                if (name.equals(DL4J_CONFIGURATION_ENTRY) || name.equals(KERAS_CONFIG_ENTRY)) {
                    wanted.put(name, readBounded(zip, name));
                } else if (name.equals(DL4J_NORMALIZER_ENTRY)) {
                    normalizer = true;
                }
            }
        } catch (IOException e) {
            throw new ReadException(SourceLocation.START_OF_FILE, "cannot read the zip archive: " + e.getMessage()
                    + "; expected a DL4J ModelSerializer zip or a Keras 3 .keras archive");
        }
        String entry = wanted.containsKey(DL4J_CONFIGURATION_ENTRY) ? DL4J_CONFIGURATION_ENTRY
                : wanted.containsKey(KERAS_CONFIG_ENTRY) ? KERAS_CONFIG_ENTRY : null;
        if (entry == null) {
            return new ReadOutcome.NotAModel("zip archive without a " + DL4J_CONFIGURATION_ENTRY + " or "
                    + KERAS_CONFIG_ENTRY + " entry");
        }
        Optional<Boolean> normalizerSaved = entry.equals(DL4J_CONFIGURATION_ENTRY) ? Optional.of(normalizer)
                : Optional.empty();
        try {
            return readJson(wanted.get(entry), entry, normalizerSaved);
        } catch (ReadException e) {
            throw new ReadException(e.location(), "in " + entry + ": " + e.getMessage(), e);
        }
    }

    private ReadOutcome readHdf5(byte[] bytes) throws ReadException {
        Hdf5Attributes attributes = Hdf5Attributes.read(bytes);
        if (attributes.modelConfig().isEmpty()) {
            return new ReadOutcome.NotAModel("HDF5 file without a model_config attribute (weights only)");
        }
        Optional<JsonNode> training = Optional.empty();
        if (attributes.trainingConfig().isPresent()) {
            training = Optional.of(parse(attributes.trainingConfig().get().getBytes(StandardCharsets.UTF_8)));
        }
        byte[] config = attributes.modelConfig().get().getBytes(StandardCharsets.UTF_8);
        JsonNode root = parse(config);
        Optional<KerasReader.Sniffed> sniffed = KerasReader.sniff(root);
        if (sniffed.isEmpty() || sniffed.get() instanceof KerasReader.Rejected) {
            return new ReadOutcome.NotAModel(sniffed.map(s -> ((KerasReader.Rejected) s).reason())
                    .orElse("HDF5 model_config that is not a Keras model"));
        }
        return keras.read((KerasReader.Document) sniffed.get(), scan(config), "model_config", training);
    }

    private ReadOutcome readJson(byte[] bytes, String entry, Optional<Boolean> normalizer) throws ReadException {
        JsonDocument document = document(bytes);
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

    private JsonDocument document(byte[] bytes) throws ReadException {
        try {
            return JsonDocument.parse(factory, bytes, Dl4jReader.WATCHED);
        } catch (JsonProcessingException e) {
            throw malformed(e);
        } catch (IOException e) {
            throw new ReadException(SourceLocation.START_OF_FILE, "cannot read the JSON: " + e.getMessage());
        }
    }

    private JsonLocations scan(byte[] bytes) throws ReadException {
        try {
            return JsonLocations.scan(factory, bytes);
        } catch (JsonProcessingException e) {
            throw malformed(e);
        } catch (IOException e) {
            throw new ReadException(SourceLocation.START_OF_FILE, "cannot read the JSON: " + e.getMessage());
        }
    }

    private JsonNode parse(byte[] bytes) throws ReadException {
        try {
            return mapper.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw malformed(e);
        } catch (IOException e) {
            throw new ReadException(SourceLocation.START_OF_FILE, "cannot read the JSON: " + e.getMessage());
        }
    }

    private static ReadException malformed(JsonProcessingException e) {
        SourceLocation at = e.getLocation() == null ? SourceLocation.START_OF_FILE
                : new SourceLocation(e.getLocation().getLineNr(), e.getLocation().getColumnNr(), "");
        return new ReadException(at, "malformed JSON: " + Dl4jErrors.firstLine(e.getOriginalMessage()));
    }

    private static byte[] readBounded(InputStream in, String name) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
            total += n;
            if (total > MAX_ENTRY_BYTES) {
                throw new IOException("entry " + name + " is larger than " + MAX_ENTRY_BYTES + " bytes");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static boolean isZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }
}
