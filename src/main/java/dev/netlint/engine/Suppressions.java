package dev.netlint.engine;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.netlint.model.Finding;
import dev.netlint.model.Severity;
import dev.netlint.model.SourceLocation;
import dev.netlint.read.JsonLocations;
import dev.netlint.rule.file.ReaderChecks;

import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The user's suppressions file: findings accepted on purpose, each with a reason. Read from XML or JSON (sniffed
 * from the content); an entry without a reason, with an unknown rule id or an unknown field is a configuration error.
 * Applying it takes the matching findings out of the verdict and reports every entry that matched nothing (NL004),
 * so that suppressions do not rot.
 *
 * <pre>{@code
 * <suppressions>
 *   <suppression>
 *     <file>src/main/resources/models/legacy-*.json</file>
 *     <rule>NL302</rule>
 *     <element>dense_1</element>            <!-- optional: layer name or JSON pointer -->
 *     <reason>Kept as trained in 2021 for comparison; never retrained</reason>
 *   </suppression>
 * </suppressions>
 * }</pre>
 * The JSON form is {@code {"suppressions": [{"file": ..., "rule": ..., "element": ..., "reason": ...}]}}.
 */
public final class Suppressions {

    public static final Suppressions NONE = new Suppressions(List.of());

    private static final Set<String> FIELDS = Set.of("file", "rule", "element", "reason");

    /** Largest suppressions file read: a real one is a few KiB. */
    public static final int MAX_BYTES = 1024 * 1024;
    /** Most entries in one file. */
    public static final int MAX_ENTRIES = 10_000;
    /** Deepest JSON nesting read (the format needs three levels). */
    private static final int MAX_DEPTH = 16;

    private final List<Suppression> entries;

    private Suppressions(List<Suppression> entries) {
        this.entries = List.copyOf(entries);
    }

    /**
     * What applying the suppressions did.
     *
     * @param kept       findings no suppression matched, in their order
     * @param suppressed findings a suppression matched
     * @param stale      one NL004 finding per entry that matched nothing (none when NL004 is switched off)
     */
    public record Outcome(List<Finding> kept, List<Suppressed> suppressed, List<Finding> stale) {
    }

    /**
     * Reads a suppressions file.
     *
     * @param shown how findings name the file (project-relative, forward slashes)
     * @throws IllegalArgumentException when the file does not exist or an entry is invalid, with what to change
     */
    public static Suppressions load(Path file, String shown) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("suppressions file " + shown + " does not exist; check "
                    + "suppressionsLocation (a path relative to the project directory)");
        }
        try (java.io.InputStream in = Files.newInputStream(file)) {
            return parse(in.readNBytes(MAX_BYTES + 1), shown);
        }
    }

    /** Parses suppressions from XML or JSON content; {@code shown} names the file in messages and NL004 findings. */
    public static Suppressions parse(byte[] content, String shown) {
        if (content.length > MAX_BYTES) {
            throw new IllegalArgumentException("suppressions file " + shown + " is larger than "
                    + MAX_BYTES / 1024 + " KiB; a suppressions file lists a few entries, each with its reason");
        }
        String text = new String(content, StandardCharsets.UTF_8).stripLeading();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1).stripLeading();
        }
        if (text.startsWith("<")) {
            return new Suppressions(new XmlForm(shown).read(content));
        }
        if (text.startsWith("{")) {
            return new Suppressions(new JsonForm(shown).read(content));
        }
        throw new IllegalArgumentException("suppressions file " + shown + " is neither XML (<suppressions>) nor JSON "
                + "({\"suppressions\": [...]})");
    }

    public List<Suppression> entries() {
        return entries;
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /**
     * Takes every finding some entry matches out of {@code findings}; an entry that matches nothing becomes an NL004
     * finding at its place in the suppressions file, at the severity {@code overrides} give NL004.
     */
    public Outcome apply(List<Finding> findings, SeverityOverrides overrides) {
        List<Finding> kept = new ArrayList<>();
        List<Suppressed> suppressed = new ArrayList<>();
        boolean[] used = new boolean[entries.size()];
        for (Finding finding : findings) {
            Suppression first = null;
            for (int i = 0; i < entries.size(); i++) {
                if (entries.get(i).matches(finding)) {
                    used[i] = true;
                    if (first == null) {
                        first = entries.get(i);
                    }
                }
            }
            if (first == null) {
                kept.add(finding);
            } else {
                suppressed.add(new Suppressed(finding, first));
            }
        }
        List<Finding> stale = new ArrayList<>();
        Optional<Severity> severity = overrides.effective(ReaderChecks.STALE_SUPPRESSION);
        for (int i = 0; i < entries.size(); i++) {
            Suppression entry = entries.get(i);
            if (!used[i] && severity.isPresent()) {
                stale.add(new Finding(ReaderChecks.STALE_SUPPRESSION.id(), severity.get(), entry.source(),
                        entry.location(), "suppression " + entry.index(),
                        "matches no finding (" + entry.describe() + ")",
                        "it hides nothing now and would hide a new finding there unseen",
                        "delete the entry, or correct its file, rule or element"));
            }
        }
        return new Outcome(kept, suppressed, stale);
    }

    /** Checks one entry's fields, whichever form they came from. */
    private static Suppression entry(int index, Map<String, String> fields, String shown, SourceLocation at) {
        String where = "suppression " + index + " in " + shown + " (line " + at.line() + ")";
        String file = required(fields, "file", where, "a glob relative to the project directory, e.g. "
                + "src/main/resources/models/*.json");
        String rule = required(fields, "rule", where, "a rule id such as NL102, or a family such as NL4*");
        // A reason may run over several lines in XML; it is shown on one.
        String reason = required(fields, "reason", where, "say why the finding is acceptable, for the next reader")
                .replaceAll("\\s+", " ");
        Optional<String> element = Optional.empty();
        if (fields.containsKey("element")) {
            String value = fields.get("element").trim();
            if (value.isEmpty()) {
                throw new IllegalArgumentException(where + " has an empty element; name a layer or a JSON pointer, "
                        + "or leave element out to match every element of the file");
            }
            element = Optional.of(oneLine(value, "element", where));
        }
        oneLine(file, "file", where);
        oneLine(rule, "rule", where);
        oneLine(reason, "reason", where);
        RuleIdPattern pattern = RuleIdPattern.parse(rule, where);
        if (!pattern.wildcard() && pattern.matches(ReaderChecks.UNREADABLE.id())) {
            throw new IllegalArgumentException(where + " suppresses " + ReaderChecks.UNREADABLE.id() + ", which "
                    + "cannot be suppressed: a model file netlint cannot read is a file nobody checked; fix or "
                    + "rebuild the file, or leave it out of the includes (a wildcard such as NL* never hides "
                    + ReaderChecks.UNREADABLE.id() + " either)");
        }
        try {
            return new Suppression(index, file.replace('\\', '/'), pattern, element, reason, shown, at);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": file " + e.getMessage() + "; write a glob such as "
                    + "src/main/resources/models/*.json (*, **, ?, [a-z], {a,b})", e);
        }
    }

    private static String required(Map<String, String> fields, String name, String where, String hint) {
        String value = fields.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(where + " has no " + name + "; " + hint);
        }
        return value.trim();
    }

    /** A field printed in findings and messages must stay on one line: it is refused, quoted escaped. */
    private static String oneLine(String value, String field, String where) {
        if (ConfigText.hasControl(value)) {
            throw new IllegalArgumentException(where + ": " + field + " " + ConfigText.quote(value) + " holds a line "
                    + "break or another control character; write it on one line");
        }
        return value;
    }

    private static void known(String field, String where) {
        if (!FIELDS.contains(field)) {
            throw new IllegalArgumentException(where + ": unknown field " + ConfigText.quote(field) + "; an entry "
                    + "has file, rule, element and reason");
        }
    }

    private static void countable(int entries, String shown) {
        if (entries >= MAX_ENTRIES) {
            throw new IllegalArgumentException("suppressions file " + shown + " has more than " + MAX_ENTRIES
                    + " entries; suppress a family (NL4*) or a folder (models/**) instead of each finding, or use "
                    + "a baseline (mvn netlint:baseline)");
        }
    }

    private static String oneLineMessage(String message) {
        String quoted = ConfigText.quote(String.valueOf(message).replaceAll("\\s+", " ").trim());
        return quoted.substring(1, quoted.length() - 1);
    }

    /** {@code <suppressions><suppression><file/><rule/><element/><reason/></suppression>...</suppressions>}. */
    private record XmlForm(String shown) {

        List<Suppression> read(byte[] content) {
            XMLInputFactory factory = XMLInputFactory.newFactory();
            // The file may come with a pull request: no DTD, no external entities.
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            List<Suppression> entries = new ArrayList<>();
            try {
                XMLStreamReader xml = factory.createXMLStreamReader(new ByteArrayInputStream(content));
                xml.nextTag();
                expect(xml, "suppressions");
                while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
                    countable(entries.size(), shown);
                    expect(xml, "suppression");
                    noAttributes(xml);
                    SourceLocation at = at(xml.getLocation(), xml.getLocalName());
                    String where = "suppression " + (entries.size() + 1) + " in " + shown + " (line " + at.line()
                            + ")";
                    Map<String, String> fields = new LinkedHashMap<>();
                    while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
                        String field = xml.getLocalName();
                        known(field, where);
                        noAttributes(xml);
                        if (fields.put(field, xml.getElementText()) != null) {
                            throw new IllegalArgumentException(where + " has two " + field + " elements");
                        }
                    }
                    entries.add(entry(entries.size() + 1, fields, shown, at));
                }
                xml.close();
            } catch (XMLStreamException e) {
                // The parser's message can hold line breaks and the text it choked on.
                throw new IllegalArgumentException("suppressions file " + shown + " is not well-formed XML"
                        + (e.getLocation() != null ? " (line " + e.getLocation().getLineNumber() + ")" : "") + ": "
                        + oneLineMessage(e.getMessage()) + "; expected <suppressions> with <suppression> entries", e);
            }
            return entries;
        }

        private void expect(XMLStreamReader xml, String name) {
            if (!xml.getLocalName().equals(name)) {
                throw new IllegalArgumentException("suppressions file " + shown + " line "
                        + xml.getLocation().getLineNumber() + ": expected <" + name + ">, found "
                        + ConfigText.quote(xml.getLocalName()));
            }
        }

        /** Fields are child elements; an attribute would be silently ignored, so it is refused. */
        private void noAttributes(XMLStreamReader xml) {
            if (xml.getAttributeCount() > 0) {
                throw new IllegalArgumentException("suppressions file " + shown + " line "
                        + xml.getLocation().getLineNumber() + ": <" + xml.getLocalName() + "> has attribute "
                        + ConfigText.quote(xml.getAttributeLocalName(0)) + "; write the fields as child elements: "
                        + "<file>, <rule>, "
                        + "<element>, <reason>");
            }
        }

        /** StAX reports the position just after the start tag; without attributes the tag starts its length before. */
        private static SourceLocation at(Location location, String name) {
            return new SourceLocation(location.getLineNumber(),
                    Math.max(location.getColumnNumber() - name.length() - 2, 1), "");
        }
    }

    /** {@code {"suppressions": [{"file": ..., "rule": ..., "element": ..., "reason": ...}]}}. */
    private record JsonForm(String shown) {

        List<Suppression> read(byte[] content) {
            JsonFactory factory = JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH)
                            .maxDocumentLength(MAX_BYTES).build())
                    .build();
            JsonNode root;
            JsonLocations locations;
            try {
                root = new ObjectMapper(factory).readTree(content);
                locations = JsonLocations.scan(factory, content);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("suppressions file " + shown + " is not valid JSON"
                        + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")") + ": "
                        + oneLineMessage(e.getOriginalMessage()) + "; expected {\"suppressions\": [...]}", e);
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read suppressions file " + shown + ": "
                        + oneLineMessage(e.getMessage()), e);
            }
            if (root == null) {
                throw new IllegalArgumentException("suppressions file " + shown + " is empty; expected "
                        + "{\"suppressions\": [...]}");
            }
            JsonNode list = root.path("suppressions");
            if (!root.isObject() || !list.isArray() || root.size() != 1) {
                throw new IllegalArgumentException("suppressions file " + shown + " must hold one object with one "
                        + "member, \"suppressions\": an array of entries");
            }
            countable(list.size() - 1, shown);
            List<Suppression> entries = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                String pointer = "/suppressions/" + i;
                SourceLocation at = locations.at(pointer);
                String where = "suppression " + (i + 1) + " in " + shown + " (line " + at.line() + ")";
                JsonNode node = list.get(i);
                if (!node.isObject()) {
                    throw new IllegalArgumentException(where + " is not an object");
                }
                Map<String, String> fields = new LinkedHashMap<>();
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = it.next();
                    known(field.getKey(), where);
                    if (!field.getValue().isTextual()) {
                        throw new IllegalArgumentException(where + ": " + field.getKey() + " must be a string");
                    }
                    fields.put(field.getKey(), field.getValue().asText());
                }
                entries.add(entry(i + 1, fields, shown, at));
            }
            return entries;
        }
    }
}
