package dev.netlint.engine;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.netlint.model.Finding;
import dev.netlint.model.FindingKey;
import dev.netlint.rule.file.ReaderChecks;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Known findings a project accepts for now, so that {@code check} fails only on new ones. Written by the
 * {@code baseline} goal, read by {@code check}. Findings are matched on {@link FindingKey} (file, rule, JSON
 * pointer), never on line numbers, so edits that move lines keep the match; the element name is stored for the
 * reader only. Two findings with the same key are two entries, and each entry matches one finding.
 *
 * <pre>{@code
 * {
 *   "version": 1,
 *   "findings": [
 *     {"file": "src/main/resources/models/eyes.json", "rule": "NL102", "pointer": "/confs/2", "element": "output"}
 *   ]
 * }
 * }</pre>
 * Entries are sorted, the file ends with a newline and has no time stamp: regenerating it without a change in the
 * findings gives the same bytes, so it diffs cleanly in review.
 */
public final class Baseline {

    /** Where the {@code baseline} goal writes and {@code check} looks by default, in the project directory. */
    public static final String DEFAULT_FILE_NAME = "netlint-baseline.json";
    public static final int VERSION = 1;

    /** Largest baseline file read; 64 MiB holds some 300,000 entries. */
    public static final int MAX_BYTES = 64 * 1024 * 1024;
    /** Deepest JSON nesting read (the format needs three levels). */
    private static final int MAX_DEPTH = 16;
    private static final java.util.regex.Pattern RULE_ID = java.util.regex.Pattern.compile("NL\\d{3}");

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Comparator<Entry> ORDER = Comparator.comparing(Entry::key).thenComparing(Entry::element);

    /** No baseline: every finding counts. */
    public static final Baseline NONE = new Baseline(List.of(), false);

    private final List<Entry> entries;
    private final boolean present;

    private Baseline(List<Entry> entries, boolean present) {
        this.entries = entries.stream().sorted(ORDER).toList();
        this.present = present;
    }

    /**
     * One accepted finding.
     *
     * @param key     what it is matched on
     * @param element the layer or element name, for the human reading the file
     */
    public record Entry(FindingKey key, String element) {
    }

    /**
     * Findings split by the baseline.
     *
     * @param fresh     findings the baseline does not list: they count
     * @param baselined findings it lists
     * @param unmatched entries no finding matched any more: fixed since the baseline was written
     */
    public record Partition(List<Finding> fresh, List<Finding> baselined, List<Entry> unmatched) {
    }

    /**
     * The baseline of a run's result: every finding about a model. Stale-suppression findings (NL004) are about the
     * suppressions file, which must be cleaned up rather than baselined, and an unreadable model file (NL000) was
     * never checked, so both are left out.
     */
    public static Baseline of(List<Finding> findings) {
        return new Baseline(findings.stream()
                .filter(f -> !f.ruleId().equals(ReaderChecks.STALE_SUPPRESSION.id()))
                .filter(f -> !f.ruleId().equals(ReaderChecks.UNREADABLE.id()))
                .map(f -> new Entry(f.key(), f.element()))
                .toList(), true);
    }

    /**
     * The baseline to apply: the file when it exists; when it does not, {@link #NONE} if the file was only the
     * default place to look, and an error if the user named it.
     *
     * @param required true when the user configured this file explicitly
     */
    public static Baseline load(Path file, String shown, boolean required) throws IOException {
        if (Files.isRegularFile(file)) {
            return read(file, shown);
        }
        if (required) {
            throw new IllegalArgumentException("baseline file " + shown + " does not exist; create it with "
                    + "mvn netlint:baseline, or correct baselineFile");
        }
        return NONE;
    }

    /**
     * Reads a baseline file.
     *
     * @param shown how messages name the file
     * @throws IllegalArgumentException when the file is no netlint baseline or has another version
     */
    public static Baseline read(Path file, String shown) throws IOException {
        byte[] content;
        try (java.io.InputStream in = Files.newInputStream(file)) {
            content = in.readNBytes(MAX_BYTES + 1);
        }
        return parse(content, shown);
    }

    /**
     * Parses a baseline's content.
     *
     * @param shown how messages name the file
     * @throws IllegalArgumentException in one line naming the file and the entry, when the content is no netlint
     *                                  baseline of this version
     */
    public static Baseline parse(byte[] content, String shown) {
        if (content.length > MAX_BYTES) {
            throw new IllegalArgumentException("baseline file " + shown + " is larger than " + MAX_BYTES / 1024 / 1024
                    + " MiB; regenerate it with mvn netlint:baseline, and fix findings rather than baseline them");
        }
        JsonNode root;
        try {
            root = new ObjectMapper(JsonFactory.builder()
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH)
                            .maxDocumentLength(MAX_BYTES).build())
                    .build()).readTree(content);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("baseline file " + shown + " is not valid JSON"
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")") + ": "
                    + oneLine(e.getOriginalMessage()) + "; regenerate it with mvn netlint:baseline", e);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read baseline file " + shown + ": " + oneLine(e.getMessage())
                    + "; regenerate it with mvn netlint:baseline", e);
        }
        if (root == null || !root.isObject() || !root.path("findings").isArray()) {
            throw new IllegalArgumentException("baseline file " + shown + " is no netlint baseline (an object with "
                    + "\"version\" and \"findings\"); regenerate it with mvn netlint:baseline");
        }
        if (root.path("version").asInt(-1) != VERSION) {
            throw new IllegalArgumentException("baseline file " + shown + " has version "
                    + oneLine(root.path("version").toString()) + "; this netlint reads version " + VERSION
                    + ": regenerate it with mvn netlint:baseline");
        }
        List<Entry> entries = new ArrayList<>();
        JsonNode findings = root.path("findings");
        for (int i = 0; i < findings.size(); i++) {
            JsonNode node = findings.get(i);
            if (!node.path("file").isTextual() || !node.path("rule").isTextual() || !node.path("pointer").isTextual()) {
                throw new IllegalArgumentException("baseline file " + shown + ": entry " + (i + 1) + " needs string "
                        + "members file, rule and pointer; regenerate it with mvn netlint:baseline");
            }
            String rule = node.path("rule").asText();
            if (!RULE_ID.matcher(rule).matches()) {
                throw new IllegalArgumentException("baseline file " + shown + ": entry " + (i + 1) + " has rule "
                        + ConfigText.quote(rule) + ", not a rule id such as NL102; regenerate it with "
                        + "mvn netlint:baseline");
            }
            if (rule.equals(ReaderChecks.UNREADABLE.id())) {
                throw new IllegalArgumentException("baseline file " + shown + ": entry " + (i + 1) + " lists "
                        + rule + ", which cannot be baselined: a model file netlint cannot read is a file nobody "
                        + "checked; delete the entry and fix or rebuild the file");
            }
            entries.add(new Entry(new FindingKey(node.path("file").asText(), rule,
                    node.path("pointer").asText()), node.path("element").asText("")));
        }
        return new Baseline(entries, true);
    }

    private static String oneLine(String message) {
        String quoted = ConfigText.quote(String.valueOf(message).replaceAll("\\s+", " ").trim());
        return quoted.substring(1, quoted.length() - 1);
    }

    /** Writes the baseline file through a temporary file, never through a link (see {@link AtomicFile}). */
    public void write(Path file) throws IOException {
        AtomicFile.write(file, this::write);
    }

    public void write(Writer out) throws IOException {
        ObjectNode root = JSON.objectNode();
        root.put("version", VERSION);
        ArrayNode findings = root.putArray("findings");
        for (Entry entry : entries) {
            ObjectNode node = findings.addObject();
            node.put("file", entry.key().file());
            node.put("rule", entry.key().ruleId());
            node.put("pointer", entry.key().pointer());
            node.put("element", entry.element());
        }
        ResultJson.print(root, out);
    }

    /** True unless this is {@link #NONE}: a baseline file was read or written, even an empty one. */
    public boolean present() {
        return present;
    }

    public List<Entry> entries() {
        return entries;
    }

    /** Splits findings into the ones the baseline lists and the new ones; each entry absorbs one finding. */
    public Partition apply(List<Finding> findings) {
        Map<FindingKey, List<Entry>> open = new HashMap<>();
        entries.forEach(entry -> open.computeIfAbsent(entry.key(), k -> new ArrayList<>()).add(entry));
        List<Finding> fresh = new ArrayList<>();
        List<Finding> baselined = new ArrayList<>();
        for (Finding finding : findings) {
            if (finding.ruleId().equals(ReaderChecks.UNREADABLE.id())) {
                fresh.add(finding); // a file nobody could check is never a known finding
                continue;
            }
            List<Entry> candidates = open.get(finding.key());
            if (candidates == null || candidates.isEmpty()) {
                fresh.add(finding);
                continue;
            }
            // Prefer the entry with the same element, so that twins of one key pair up by name.
            Entry match = candidates.stream().filter(e -> e.element().equals(finding.element())).findFirst()
                    .orElse(candidates.get(0));
            candidates.remove(match);
            baselined.add(finding);
        }
        List<Entry> unmatched = open.values().stream().flatMap(List::stream).sorted(ORDER).toList();
        return new Partition(fresh, baselined, unmatched);
    }
}
