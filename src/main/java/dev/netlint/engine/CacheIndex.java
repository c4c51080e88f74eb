package dev.netlint.engine;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

    static final int FORMAT = 3;
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * A result as stored, read back into a result only when its file is replayed (on the engine's worker, which
     * has just hashed the file).
     *
     * @param sha256 the SHA-256 of the bytes the result was produced from
     * @param stored the result as {@link #save} wrote it
     */
    record Stored(String sha256, JsonNode stored) {

        /**
         * The stored result as {@code input}'s, its findings given the input's file; empty when the entry is
         * damaged (then the file is linted again).
         */
        Optional<FileResult> result(ModelInput input) {
            try {
                List<Finding> findings = new ArrayList<>();
                for (JsonNode finding : stored.path("findings")) {
                    findings.add(ResultJson.finding(finding, input.origin()));
                }
                List<NetworkSummary> networks = new ArrayList<>();
                for (JsonNode network : stored.path("networks")) {
                    networks.add(ResultJson.network(network, input.origin()));
                }
                return Optional.of(new FileResult(input, findings, stored.path("read").asBoolean(),
                        Optional.ofNullable(stored.get("skipped")).map(JsonNode::asText), networks,
                        Optional.of(sha256)));
            } catch (RuntimeException e) {
                return Optional.empty(); // a damaged entry is a miss: the cache never decides a build
            }
        }
    }

    private CacheIndex() {
    }

    /** The entries stored under {@code configurationKey}, keyed by fingerprint; those of {@code inputs} only. */
    static Map<String, Stored> load(Path file, String configurationKey, List<ModelInput> inputs) {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        try {
            JsonNode root = JSON.readTree(file.toFile());
            if (root.path("format").asInt() != FORMAT || !configurationKey.equals(root.path("key").asText())) {
                return Map.of();
            }
            JsonNode stored = root.path("entries");
            Map<String, Stored> entries = new HashMap<>();
            for (ModelInput input : inputs) {
                String fingerprint = CacheKey.fingerprint(input);
                JsonNode node = stored.get(fingerprint);
                if (node != null) {
                    JsonNode sha256 = node.get("sha256");
                    if (sha256 == null || !sha256.isTextual()) {
                        throw new IllegalArgumentException("cache entry without sha256");
                    }
                    entries.put(fingerprint, new Stored(sha256.asText(), node));
                }
            }
            return entries;
        } catch (IOException | RuntimeException e) {
            return Map.of(); // a corrupt or foreign cache is an empty one
        }
    }

    /**
     * Writes the results (fingerprint to result, each with the hash of the bytes it was produced from), replacing
     * the file.
     */
    static void save(Path file, String configurationKey, Map<String, FileResult> results) throws IOException {
        AtomicFile.write(file, out -> {
            JsonGenerator json = ResultJson.compact(out);
            json.writeStartObject();
            json.writeNumberField("format", FORMAT);
            json.writeStringField("key", configurationKey);
            json.writeObjectFieldStart("entries");
            for (Map.Entry<String, FileResult> entry : results.entrySet()) {
                json.writeFieldName(entry.getKey());
                write(json, entry.getValue());
            }
            json.writeEndObject();
            json.writeEndObject();
            ResultJson.end(json, out);
        });
    }

    private static void write(JsonGenerator json, FileResult result) throws IOException {
        json.writeStartObject();
        json.writeStringField("sha256", result.sha256().orElseThrow());
        json.writeBooleanField("read", result.read());
        if (result.skipReason().isPresent()) {
            json.writeStringField("skipped", result.skipReason().get());
        }
        ResultJson.writeFindings(json, "findings", result.findings());
        ResultJson.writeNetworks(json, "networks", result.networks());
        json.writeEndObject();
    }
}
