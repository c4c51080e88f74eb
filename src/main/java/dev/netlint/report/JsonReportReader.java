package dev.netlint.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.netlint.engine.LintResult;
import dev.netlint.engine.ResultJson;
import dev.netlint.engine.RuleIdPattern;
import dev.netlint.engine.Suppressed;
import dev.netlint.engine.Suppression;
import dev.netlint.model.Finding;
import dev.netlint.model.NetworkSummary;
import dev.netlint.model.Severity;
import dev.netlint.model.SourceLocation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a {@code netlint.json} that {@link JsonReportWriter} wrote back into a result, so that the {@code aggregate}
 * goal can merge the modules of a reactor without linting them again.
 */
public final class JsonReportReader {

    /** A module's report as it was written. */
    public record ModuleReport(String toolVersion, LintResult result, boolean aggregate) {
    }

    private final ObjectMapper mapper = new ObjectMapper();

    /**
     * @throws IOException with the file and what was expected when the file is no netlint JSON report
     */
    public ModuleReport read(Path file) throws IOException {
        JsonNode report;
        try {
            report = mapper.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new IOException(file + ": not JSON (" + e.getOriginalMessage() + "); expected a netlint.json report");
        }
        if (report == null || !"netlint".equals(report.path("tool").asText()) || !report.path("findings").isArray()) {
            throw new IOException(file + ": expected a netlint.json report (\"tool\": \"netlint\" and a findings array)");
        }
        JsonNode summary = report.path("summary");
        List<Finding> findings = findings(report.path("findings"), file);
        List<Suppressed> suppressed = new ArrayList<>();
        for (JsonNode node : report.path("suppressed")) {
            Finding finding = finding(node, file);
            JsonNode by = node.path("suppression");
            suppressed.add(new Suppressed(finding, new Suppression(by.path("index").asInt(), "",
                    exactly(finding.ruleId()), Optional.empty(), node.path("reason").asText(),
                    by.path("file").asText(), new SourceLocation(by.path("line").asInt(), 0, ""))));
        }
        List<Finding> baselined = findings(report.path("baselined"), file);
        List<NetworkSummary> networks = new ArrayList<>();
        for (JsonNode node : report.path("networks")) {
            networks.add(network(node, file));
        }
        LintResult result = new LintResult(findings, summary.path("filesRead").asInt(),
                summary.path("filesSkipped").asInt(), summary.path("networksChecked").asInt(), List.of(), networks,
                suppressed, baselined, summary.path("baselineUsed").asBoolean(!baselined.isEmpty()));
        return new ModuleReport(report.path("version").asText(), result, report.has("modules"));
    }

    private static List<Finding> findings(JsonNode array, Path file) throws IOException {
        List<Finding> findings = new ArrayList<>();
        for (JsonNode node : array) {
            findings.add(finding(node, file));
        }
        return findings;
    }

    private static Finding finding(JsonNode node, Path file) throws IOException {
        String rule = node.path("ruleId").asText();
        Optional<Severity> severity = Severity.parse(node.path("severity").asText());
        if (rule.isEmpty() || severity.isEmpty() || !node.path("file").isTextual()) {
            throw new IOException(file + ": a finding without ruleId, severity (error, warning, info) or file: "
                    + node);
        }
        try {
            return ResultJson.finding(node, ResultJson.origin(node).wholeFile());
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage() + " in finding " + node);
        }
    }

    private static NetworkSummary network(JsonNode node, Path file) throws IOException {
        try {
            return ResultJson.network(node, ResultJson.origin(node).wholeFile());
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage() + " in network " + node);
        }
    }

    private static RuleIdPattern exactly(String id) {
        return new RuleIdPattern(id, id, id.length(), false);
    }
}
