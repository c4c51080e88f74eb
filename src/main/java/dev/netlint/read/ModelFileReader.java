package dev.netlint.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.netlint.model.SourceLocation;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads one model file of any supported format. The format is sniffed from the content, never from the file name:
 * a zip is a DL4J ModelSerializer archive when it holds {@code configuration.json}; a JSON object is a DL4J
 * configuration when it has the members DL4J writes.
 */
public final class ModelFileReader {

    static final String DL4J_CONFIGURATION_ENTRY = "configuration.json";
    static final String DL4J_NORMALIZER_ENTRY = "normalizer.bin";
    private static final long MAX_ENTRY_BYTES = 64L * 1024 * 1024;

    private final ObjectMapper mapper = new ObjectMapper();
    private final JsonFactory factory = mapper.getFactory();
    private final Dl4jReader dl4j = new Dl4jReader(mapper, ClassAllowList.dl4jConfiguration());

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
        return readJson(bytes, "", Optional.empty());
    }

    private ReadOutcome readZip(byte[] bytes) throws ReadException {
        byte[] configuration = null;
        boolean normalizer = false;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals(DL4J_CONFIGURATION_ENTRY)) {
                    configuration = readBounded(zip, entry.getName());
                } else if (entry.getName().equals(DL4J_NORMALIZER_ENTRY)) {
                    normalizer = true;
                }
            }
        } catch (IOException e) {
            throw new ReadException(SourceLocation.START_OF_FILE,
                    "cannot read the zip archive: " + e.getMessage() + "; expected a DL4J ModelSerializer zip");
        }
        if (configuration == null) {
            return new ReadOutcome.NotAModel("zip archive without a " + DL4J_CONFIGURATION_ENTRY + " entry");
        }
        try {
            return readJson(configuration, DL4J_CONFIGURATION_ENTRY, Optional.of(normalizer));
        } catch (ReadException e) {
            throw new ReadException(e.location(), "in " + DL4J_CONFIGURATION_ENTRY + ": " + e.getMessage(), e);
        }
    }

    private ReadOutcome readJson(byte[] bytes, String entry, Optional<Boolean> normalizer) throws ReadException {
        JsonNode root;
        JsonLocations locations;
        try {
            locations = JsonLocations.scan(factory, bytes);
            root = mapper.readTree(bytes);
        } catch (JsonProcessingException e) {
            SourceLocation at = e.getLocation() == null ? SourceLocation.START_OF_FILE
                    : new SourceLocation(e.getLocation().getLineNr(), e.getLocation().getColumnNr(), "");
            throw new ReadException(at, "malformed JSON: " + Dl4jErrors.firstLine(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new ReadException(SourceLocation.START_OF_FILE, "cannot read the JSON: " + e.getMessage());
        }
        if (!(root instanceof ObjectNode object)) {
            return new ReadOutcome.NotAModel(root == null || root.isMissingNode() ? "empty file"
                    : "top-level JSON " + root.getNodeType().name().toLowerCase() + ", not a configuration object");
        }
        Optional<Dl4jReader.Kind> kind = Dl4jReader.sniff(object);
        if (kind.isEmpty()) {
            if (Dl4jReader.isPre05Configuration(object)) {
                throw new ReadException(locations.at(""), "DL4J configuration from before 0.5 (a single flat "
                        + "NeuralNetConfiguration without confs), which no current DL4J can load; expected a "
                        + "MultiLayerConfiguration or ComputationGraphConfiguration written by DL4J 0.5 or later");
            }
            return new ReadOutcome.NotAModel("JSON object without the members of a DL4J configuration");
        }
        return dl4j.read(kind.get(), object, locations, entry, normalizer);
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
