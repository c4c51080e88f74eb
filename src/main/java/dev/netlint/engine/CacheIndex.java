package dev.netlint.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.netlint.model.Finding;
import dev.netlint.model.NetworkSummary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The cache file: per input fingerprint, the content hash its result was produced from and the result, in the JSON
 * report's own form ({@link ResultJson}). A missing, unreadable, corrupt or foreign file is an empty index.
 */
final class CacheIndex {

    static final int FORMAT = 2;
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * What one file's lint produced, as stored.
     *
     * @param sha256 the content it was produced from
     * @param result the result; its findings carry no file of their own, they are given the input's on reading
     */
    record Entry(String sha256, FileResult result) {
    }

    private CacheIndex() {
    }

    /** The entries stored under {@code configurationKey}, keyed by fingerprint; read back for {@code inputs} only. */
    static Map<String, Entry> load(Path file, String configurationKey, List<ModelInput> inputs) {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        try {
            JsonNode root = JSON.readTree(file.toFile());
            if (root.path("format").asInt() != FORMAT || !configurationKey.equals(root.path("key").asText())) {
                return Map.of();
            }
            JsonNode stored = root.path("entries");
            Map<String, Entry> entries = new HashMap<>();
            for (ModelInput input : inputs) {
                String fingerprint = CacheKey.fingerprint(input);
                JsonNode node = stored.get(fingerprint);
                if (node != null) {
                    entries.put(fingerprint, read(node, input));
                }
            }
            return entries;
        } catch (IOException | RuntimeException e) {
            return Map.of(); // a corrupt or foreign cache is an empty one
        }
    }

    /** Writes {@code entries} (fingerprint to entry), replacing the file. */
    static void save(Path file, String configurationKey, Map<String, Entry> entries) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("key", configurationKey);
        ObjectNode stored = root.putObject("entries");
        entries.forEach((fingerprint, entry) -> stored.set(fingerprint, write(entry)));
        AtomicFile.write(file, out -> JSON.writeValue(out, root));
    }

    private static ObjectNode write(Entry entry) {
        FileResult result = entry.result();
        ObjectNode node = JSON.createObjectNode();
        node.put("sha256", entry.sha256());
        node.put("read", result.read());
        result.skipReason().ifPresent(reason -> node.put("skipped", reason));
        ArrayNode findings = node.putArray("findings");
        result.findings().forEach(finding -> findings.add(ResultJson.finding(finding)));
        ArrayNode networks = node.putArray("networks");
        result.networks().forEach(network -> networks.add(ResultJson.network(network)));
        return node;
    }

    private static Entry read(JsonNode node, ModelInput input) {
        JsonNode sha256 = node.get("sha256");
        if (sha256 == null || !sha256.isTextual()) {
            throw new IllegalArgumentException("cache entry without sha256");
        }
        List<Finding> findings = new ArrayList<>();
        node.path("findings").forEach(finding -> findings.add(ResultJson.finding(finding, input.origin())));
        List<NetworkSummary> networks = new ArrayList<>();
        node.path("networks").forEach(network -> networks.add(ResultJson.network(network)));
        return new Entry(sha256.asText(), new FileResult(input, findings, node.path("read").asBoolean(),
                Optional.ofNullable(node.get("skipped")).map(JsonNode::asText), networks));
    }
}
