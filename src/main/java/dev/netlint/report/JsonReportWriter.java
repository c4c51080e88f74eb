package dev.netlint.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.netlint.engine.LintResult;
import dev.netlint.engine.Suppressed;
import dev.netlint.engine.Suppression;
import dev.netlint.model.Finding;
import dev.netlint.model.NetworkSummary;
import dev.netlint.model.Severity;
import dev.netlint.rule.RuleMeta;

import java.io.IOException;
import java.io.Writer;

/**
 * netlint's own JSON: the finding fields as netlint holds them (problem, cost and fix apart, the JSON pointer, the
 * archive entry left in {@code file}), for scripts that want more than SARIF's message text.
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
        result.findings().forEach(finding -> findings.add(finding(finding)));
        // Findings that do not count, still listed so that scripts can audit them.
        ArrayNode suppressed = report.putArray("suppressed");
        for (Suppressed hidden : result.suppressed()) {
            ObjectNode node = finding(hidden.finding());
            Suppression by = hidden.suppression();
            node.put("reason", by.reason());
            node.putObject("suppression").put("file", by.source()).put("line", by.location().line())
                    .put("index", by.index());
            suppressed.add(node);
        }
        ArrayNode baselined = report.putArray("baselined");
        result.baselined().forEach(finding -> baselined.add(finding(finding)));
        ArrayNode networks = report.putArray("networks");
        result.networks().forEach(network -> networks.add(network(network)));
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

    private static ObjectNode finding(Finding finding) {
        ObjectNode node = JSON.objectNode();
        node.put("ruleId", finding.ruleId());
        node.put("severity", finding.severity().label());
        node.put("file", finding.file());
        node.put("line", finding.location().line());
        node.put("column", finding.location().column());
        node.put("pointer", finding.location().pointer());
        node.put("element", finding.element());
        node.put("problem", finding.problem());
        node.put("cost", finding.cost());
        node.put("fix", finding.fix());
        node.put("message", finding.message());
        return node;
    }

    /** The model summary: per layer its type, activation, output shape and parameters, and the total. */
    private static ObjectNode network(NetworkSummary network) {
        ObjectNode node = JSON.objectNode();
        node.put("file", network.file());
        node.put("format", network.format());
        node.put("totalParams", network.totalParams());
        ArrayNode layers = node.putArray("layers");
        for (NetworkSummary.Row row : network.layers()) {
            ObjectNode layer = layers.addObject();
            layer.put("name", row.name());
            layer.put("type", row.type());
            row.activation().ifPresent(a -> layer.put("activation", a));
            row.shape().ifPresent(shape -> shape.forEach(layer.putArray("outputShape")::add));
            if (row.params().isPresent()) {
                layer.put("params", row.params().getAsLong());
            }
        }
        return node;
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
