package dev.netlint.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.netlint.engine.LintResult;
import dev.netlint.engine.ResultJson;
import dev.netlint.engine.Suppression;
import dev.netlint.model.Finding;
import dev.netlint.model.FindingKey;
import dev.netlint.model.Origin;
import dev.netlint.model.Severity;
import dev.netlint.model.SourceLocation;
import dev.netlint.rule.RuleMeta;
import dev.netlint.rule.file.ReaderChecks;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0 for GitHub code scanning and other SARIF viewers. Built like PMD's SarifLogBuilder (rules listed once,
 * results point at them by {@code ruleIndex}, read errors also as tool execution notifications) with a level on
 * every result, project-relative URIs under {@code %SRCROOT%}, and fingerprints that survive line shifts.
 */
public final class SarifReportWriter implements ReportWriter {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String SRCROOT = "%SRCROOT%";
    static final String FINGERPRINT_KEY = "netlint/v1";
    static final String INFORMATION_URI = "https://github.com/netlint/netlint";

    @Override
    public void write(LintResult result, ReportContext context, Writer out) throws IOException {
        // With a baseline, every result says whether it is new; suppressed findings never enter a baseline.
        String fresh = result.baselineUsed() ? "new" : null;
        List<Entry> entries = new ArrayList<>();
        result.findings().forEach(finding -> entries.add(new Entry(finding, fresh, null)));
        result.baselined().forEach(finding -> entries.add(new Entry(finding, "unchanged", null)));
        result.suppressed().forEach(hidden -> entries.add(new Entry(hidden.finding(), fresh, hidden.suppression())));
        JsonGenerator json = ResultJson.printer(out);
        new Log(context, json).write(entries);
        ResultJson.end(json, out);
    }

    @Override
    public String fileName() {
        return "netlint.sarif";
    }

    @Override
    public String format() {
        return "sarif";
    }

    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /** A directory as SARIF wants a base URI: absolute, {@code file} scheme, ending in a slash. */
    static String directoryUri(java.nio.file.Path directory) {
        String uri = directory.toAbsolutePath().normalize().toUri().toString();
        return uri.endsWith("/") ? uri : uri + "/";
    }

    /**
     * Identifies a finding across edits that only move lines: the finding's key (file, rule, JSON pointer; the pointer
     * stands in for the line) plus the element name, because SARIF consumers merge results whose fingerprints are
     * equal, while the baseline, keyed on the same {@link FindingKey}, counts such twins instead.
     */
    static String fingerprint(Finding finding) {
        FindingKey id = finding.key();
        String key = String.join("\u0000", id.file(), id.ruleId(), id.pointer(), finding.element());
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }

    /**
     * One result to write.
     *
     * @param baselineState {@code new} or {@code unchanged} when a baseline was applied, else null
     * @param suppression   the suppression that accepted the finding, or null
     */
    private record Entry(Finding finding, String baselineState, Suppression suppression) {
    }

    /**
     * Writes the log straight into the generator, in the order a SARIF consumer reads it: the rule table (every
     * rule of the context, then any rule a result names that the context does not, so that each result has a
     * {@code ruleIndex}), the unreadable files as notifications, then the results.
     */
    private static final class Log {
        private final ReportContext context;
        private final JsonGenerator json;
        private final Map<String, Integer> ruleIndex = new LinkedHashMap<>();

        Log(ReportContext context, JsonGenerator json) {
            this.context = context;
            this.json = json;
        }

        void write(List<Entry> entries) throws IOException {
            List<ObjectNode> rules = new ArrayList<>();
            for (RuleMeta meta : context.rules()) {
                if (ruleIndex.putIfAbsent(meta.id(), rules.size()) == null) {
                    rules.add(SarifRules.described(meta));
                }
            }
            for (Entry entry : entries) {
                String id = entry.finding().ruleId();
                if (ruleIndex.putIfAbsent(id, rules.size()) == null) {
                    // A finding whose rule the caller did not describe still needs a valid ruleIndex.
                    rules.add(JsonNodeFactory.instance.objectNode().put("id", id));
                }
            }
            json.writeStartObject();
            json.writeStringField("$schema", SCHEMA);
            json.writeStringField("version", "2.1.0");
            json.writeArrayFieldStart("runs");
            json.writeStartObject();
            json.writeObjectFieldStart("tool");
            json.writeObjectFieldStart("driver");
            json.writeStringField("name", "netlint");
            json.writeStringField("informationUri", INFORMATION_URI);
            json.writeStringField("version", context.toolVersion());
            json.writeArrayFieldStart("rules");
            for (ObjectNode rule : rules) {
                json.writeTree(rule);
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndObject();
            json.writeArrayFieldStart("invocations");
            json.writeStartObject();
            // Unreadable files are findings, not a failed run: the run itself completed.
            json.writeBooleanField("executionSuccessful", true);
            // NL000 is a result because it must fail the build like any finding, and a notification because
            // SARIF consumers show tool execution problems apart from code problems.
            List<Entry> unreadable = entries.stream()
                    .filter(entry -> entry.finding().ruleId().equals(ReaderChecks.UNREADABLE.id())).toList();
            if (!unreadable.isEmpty()) {
                json.writeArrayFieldStart("toolExecutionNotifications");
                for (Entry entry : unreadable) {
                    notification(entry.finding());
                }
                json.writeEndArray();
            }
            json.writeEndObject();
            json.writeEndArray();
            json.writeObjectFieldStart("originalUriBaseIds");
            json.writeObjectFieldStart(SRCROOT);
            if (context.baseDirectory().isPresent()) {
                json.writeStringField("uri", directoryUri(context.baseDirectory().get()));
            }
            json.writeObjectFieldStart("description");
            json.writeStringField("text", "The project base directory");
            json.writeEndObject();
            json.writeEndObject();
            json.writeEndObject();
            json.writeObjectFieldStart("automationDetails");
            json.writeStringField("id", context.automationId());
            json.writeEndObject();
            json.writeArrayFieldStart("results");
            for (Entry entry : entries) {
                result(entry);
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
        }

        private void result(Entry entry) throws IOException {
            Finding finding = entry.finding();
            json.writeStartObject();
            json.writeStringField("ruleId", finding.ruleId());
            json.writeNumberField("ruleIndex", ruleIndex.get(finding.ruleId()));
            json.writeStringField("level", level(finding.severity()));
            messageAndLocation(finding);
            json.writeObjectFieldStart("partialFingerprints");
            json.writeStringField(FINGERPRINT_KEY, fingerprint(finding));
            json.writeEndObject();
            if (!finding.location().pointer().isEmpty()) {
                json.writeObjectFieldStart("properties");
                json.writeStringField("jsonPointer", finding.location().pointer());
                json.writeEndObject();
            }
            if (entry.baselineState() != null) {
                json.writeStringField("baselineState", entry.baselineState());
            }
            Suppression suppression = entry.suppression();
            if (suppression != null) {
                // "external": the suppression lives in the suppressions file, not in the model file.
                json.writeArrayFieldStart("suppressions");
                json.writeStartObject();
                json.writeStringField("kind", "external");
                json.writeStringField("status", "accepted");
                json.writeStringField("justification", suppression.reason());
                json.writeFieldName("location");
                new Target(suppression.source(), "").write(json, suppression.location(), "");
                json.writeEndObject();
                json.writeEndArray();
            }
            json.writeEndObject();
        }

        private void notification(Finding finding) throws IOException {
            json.writeStartObject();
            json.writeStringField("level", level(finding.severity()));
            messageAndLocation(finding);
            json.writeObjectFieldStart("associatedRule");
            json.writeStringField("id", finding.ruleId());
            json.writeNumberField("index", ruleIndex.get(finding.ruleId()));
            json.writeEndObject();
            json.writeEndObject();
        }

        /** What a result and a notification both say: the message and the one location. */
        private void messageAndLocation(Finding finding) throws IOException {
            json.writeObjectFieldStart("message");
            json.writeStringField("text", text(finding));
            json.writeEndObject();
            json.writeArrayFieldStart("locations");
            Target.of(finding.origin()).write(json, finding.location(), finding.element());
            json.writeEndArray();
        }

        /** Inside an archive, the entry leads the message: the location can name only the archive. */
        private static String text(Finding finding) {
            String entry = finding.origin().entry();
            return entry.isEmpty() ? finding.message() : entry + ": " + finding.message();
        }
    }

    /**
     * Where a finding points in SARIF terms. A finding inside an archive points at the archive, since viewers can
     * open only files of the repository; the entry moves into the message and its line numbers are dropped.
     */
    private record Target(String path, String entry) {

        /** The file as the file system names it (a URI can carry any character), the entry as read. */
        static Target of(Origin origin) {
            return new Target(origin.display(), origin.entry());
        }

        void write(JsonGenerator json, SourceLocation at, String element) throws IOException {
            json.writeStartObject();
            json.writeObjectFieldStart("physicalLocation");
            json.writeObjectFieldStart("artifactLocation");
            if (isAbsolute()) {
                // A file outside the project (the CLI on an absolute path) has no place under %SRCROOT%.
                json.writeStringField("uri", "file://" + (path.startsWith("/") ? "" : "/") + encode(path));
            } else {
                json.writeStringField("uri", relativeUri());
                json.writeStringField("uriBaseId", SRCROOT);
            }
            json.writeEndObject();
            // GitHub needs a region on every result: inside an archive, or where the position is unknown, the
            // finding points at the start of the file.
            boolean known = entry.isEmpty() && at.line() > 0;
            json.writeObjectFieldStart("region");
            json.writeNumberField("startLine", known ? at.line() : 1);
            json.writeNumberField("startColumn", known && at.column() > 0 ? at.column() : 1);
            json.writeEndObject();
            json.writeEndObject();
            if (!element.isEmpty()) {
                json.writeArrayFieldStart("logicalLocations");
                json.writeStartObject();
                json.writeStringField("name", element);
                json.writeStringField("fullyQualifiedName", element);
                json.writeEndObject();
                json.writeEndArray();
            }
            json.writeEndObject();
        }

        private boolean isAbsolute() {
            return path.startsWith("/") || path.matches("[A-Za-z]:/.*");
        }

        /** A colon in the first segment would read as a URI scheme; {@code ./} keeps the reference relative. */
        private String relativeUri() {
            String encoded = encode(path);
            int slash = encoded.indexOf('/');
            String first = slash < 0 ? encoded : encoded.substring(0, slash);
            return first.contains(":") ? "./" + encoded : encoded;
        }

        /** Percent-encodes what may not appear in a URI path (spaces, {@code #}, {@code ?}, non-ASCII...). */
        private static String encode(String path) {
            StringBuilder uri = new StringBuilder();
            for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
                char c = (char) (b & 0xff);
                if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~/!$&'()*+,;=:@".indexOf(c) >= 0)) {
                    uri.append(c);
                } else {
                    uri.append('%').append(HexFormat.of().withUpperCase().toHexDigits(b));
                }
            }
            return uri.toString();
        }
    }
}
