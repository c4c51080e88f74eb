package dev.netlint.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.netlint.engine.LintResult;
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
import java.util.HexFormat;
import java.util.LinkedHashMap;
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

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    @Override
    public void write(LintResult result, ReportContext context, Writer out) throws IOException {
        Log log = new Log(context);
        // With a baseline, every result says whether it is new; suppressed findings never enter a baseline.
        String fresh = result.baselineUsed() ? "new" : null;
        result.findings().forEach(finding -> log.add(finding, fresh, null));
        result.baselined().forEach(finding -> log.add(finding, "unchanged", null));
        result.suppressed().forEach(hidden -> log.add(hidden.finding(), fresh, hidden.suppression()));
        ReportWriter.printJson(log.build(), out);
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

    /** Collects results against a fixed rule table; insertion order is kept, so the output is deterministic. */
    private static final class Log {
        private final ReportContext context;
        private final Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        private final ArrayNode rules = JSON.arrayNode();
        private final ArrayNode results = JSON.arrayNode();
        private final ArrayNode notifications = JSON.arrayNode();

        Log(ReportContext context) {
            this.context = context;
            context.rules().forEach(this::describe);
        }

        /**
         * @param baselineState {@code new} or {@code unchanged} when a baseline was applied, else null
         * @param suppression   the suppression that accepted the finding, or null
         */
        void add(Finding finding, String baselineState, Suppression suppression) {
            int index = ruleIndex.computeIfAbsent(finding.ruleId(), this::describeUnknown);
            Target target = Target.of(finding.origin());
            String text = target.entry().isEmpty() ? finding.message() : target.entry() + ": " + finding.message();
            ObjectNode location = target.location(finding.location(), finding.element());

            ObjectNode result = results.addObject();
            result.put("ruleId", finding.ruleId());
            result.put("ruleIndex", index);
            result.put("level", level(finding.severity()));
            result.putObject("message").put("text", text);
            result.putArray("locations").add(location);
            result.putObject("partialFingerprints").put(FINGERPRINT_KEY, fingerprint(finding));
            if (!finding.location().pointer().isEmpty()) {
                result.putObject("properties").put("jsonPointer", finding.location().pointer());
            }
            if (baselineState != null) {
                result.put("baselineState", baselineState);
            }
            if (suppression != null) {
                // "external": the suppression lives in the suppressions file, not in the model file.
                ObjectNode suppressed = result.putArray("suppressions").addObject();
                suppressed.put("kind", "external");
                suppressed.put("status", "accepted");
                suppressed.put("justification", suppression.reason());
                suppressed.set("location", new Target(suppression.source(), "").location(suppression.location(), ""));
            }

            // NL000 is a result because it must fail the build like any finding, and a notification because
            // SARIF consumers show tool execution problems apart from code problems.
            if (finding.ruleId().equals(ReaderChecks.UNREADABLE.id())) {
                ObjectNode notification = notifications.addObject();
                notification.put("level", level(finding.severity()));
                notification.putObject("message").put("text", text);
                notification.putArray("locations").add(location.deepCopy());
                notification.putObject("associatedRule").put("id", finding.ruleId()).put("index", index);
            }
        }

        ObjectNode build() {
            ObjectNode log = JSON.objectNode();
            log.put("$schema", SCHEMA);
            log.put("version", "2.1.0");
            ObjectNode run = log.putArray("runs").addObject();
            ObjectNode driver = run.putObject("tool").putObject("driver");
            driver.put("name", "netlint");
            driver.put("informationUri", INFORMATION_URI);
            driver.put("version", context.toolVersion());
            driver.set("rules", rules);
            ObjectNode invocation = run.putArray("invocations").addObject();
            // Unreadable files are findings, not a failed run: the run itself completed.
            invocation.put("executionSuccessful", true);
            if (!notifications.isEmpty()) {
                invocation.set("toolExecutionNotifications", notifications);
            }
            ObjectNode srcRoot = run.putObject("originalUriBaseIds").putObject(SRCROOT);
            context.baseDirectory().ifPresent(base -> srcRoot.put("uri", directoryUri(base)));
            srcRoot.putObject("description").put("text", "The project base directory");
            run.putObject("automationDetails").put("id", context.automationId());
            run.set("results", results);
            return log;
        }

        private void describe(RuleMeta meta) {
            if (ruleIndex.containsKey(meta.id())) {
                return;
            }
            ruleIndex.put(meta.id(), rules.size());
            rules.add(SarifRules.describe(meta));
        }

        /** A finding whose rule the caller did not describe still needs a valid ruleIndex. */
        private int describeUnknown(String id) {
            rules.addObject().put("id", id);
            return rules.size() - 1;
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

        ObjectNode location(SourceLocation at, String element) {
            ObjectNode location = JSON.objectNode();
            ObjectNode physical = location.putObject("physicalLocation");
            ObjectNode artifact = physical.putObject("artifactLocation");
            if (isAbsolute()) {
                // A file outside the project (the CLI on an absolute path) has no place under %SRCROOT%.
                artifact.put("uri", "file://" + (path.startsWith("/") ? "" : "/") + encode(path));
            } else {
                artifact.put("uri", relativeUri());
                artifact.put("uriBaseId", SRCROOT);
            }
            // GitHub needs a region on every result: inside an archive, or where the position is unknown, the
            // finding points at the start of the file.
            boolean known = entry.isEmpty() && at.line() > 0;
            ObjectNode region = physical.putObject("region");
            region.put("startLine", known ? at.line() : 1);
            region.put("startColumn", known && at.column() > 0 ? at.column() : 1);
            if (!element.isEmpty()) {
                ObjectNode logical = location.putArray("logicalLocations").addObject();
                logical.put("name", element);
                logical.put("fullyQualifiedName", element);
            }
            return location;
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
