package dev.netlint.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.netlint.engine.LintResult;
import dev.netlint.engine.ResultJson;
import dev.netlint.engine.Suppressed;
import dev.netlint.engine.Suppression;
import dev.netlint.model.Severity;
import dev.netlint.rule.RuleMeta;

import java.io.IOException;
import java.io.Writer;

/**
 * netlint's own JSON: the finding fields as netlint holds them (problem, cost and fix apart, the JSON pointer, the
 * file as console lines show it and an archive entry apart in {@code entry}), for scripts that want more than
 * SARIF's message text. Findings and summaries are written by {@link ResultJson}, as the cache writes them.
 */
public final class JsonReportWriter implements ReportWriter {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    @Override
    public void write(LintResult result, ReportContext context, Writer out) throws IOException {
        ObjectNode report = JSON.objectNode();
        report.put("tool", "netlint");
        report.put("version", context.toolVersion());
        ObjectNode summary = report.putObject("summary");
        summary.put("filesRead", result.filesRead());
        summary.put("filesSkipped", result.filesSkipped());
        summary.put("networksChecked", result.networksChecked());
        summary.put("errors", result.count(Severity.ERROR));
        summary.put("warnings", result.count(Severity.WARNING));
        summary.put("infos", result.count(Severity.INFO));
        summary.put("suppressed", result.suppressed().size());
        summary.put("baselined", result.baselined().size());
        ArrayNode findings = report.putArray("findings");
        result.findings().forEach(finding -> findings.add(ResultJson.finding(finding)));
        // Findings that do not count, still listed so that scripts can audit them.
        ArrayNode suppressed = report.putArray("suppressed");
        for (Suppressed hidden : result.suppressed()) {
            ObjectNode node = ResultJson.finding(hidden.finding());
            Suppression by = hidden.suppression();
            node.put("reason", by.reason());
            node.putObject("suppression").put("file", by.source()).put("line", by.location().line())
                    .put("index", by.index());
            suppressed.add(node);
        }
        ArrayNode baselined = report.putArray("baselined");
        result.baselined().forEach(finding -> baselined.add(ResultJson.finding(finding)));
        ArrayNode networks = report.putArray("networks");
        result.networks().forEach(network -> networks.add(ResultJson.network(network)));
        ArrayNode rules = report.putArray("rules");
        context.rules().forEach(meta -> rules.add(rule(meta)));
        ReportWriter.printJson(report, out);
    }

    @Override
    public String fileName() {
        return "netlint.json";
    }

    @Override
    public String format() {
        return "json";
    }

    private static ObjectNode rule(RuleMeta meta) {
        ObjectNode node = JSON.objectNode();
        node.put("id", meta.id());
        node.put("name", meta.name());
        node.put("severity", meta.severity().label());
        node.put("summary", meta.summary());
        node.put("help", meta.helpUri());
        return node;
    }
}
