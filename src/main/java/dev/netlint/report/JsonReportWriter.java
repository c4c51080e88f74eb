package dev.netlint.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.netlint.engine.LintResult;
import dev.netlint.engine.ResultJson;
import dev.netlint.engine.Suppressed;
import dev.netlint.engine.Suppression;
import dev.netlint.model.Severity;
import dev.netlint.rule.RuleMeta;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Optional;

/**
 * netlint's own JSON: the finding fields as netlint holds them (problem, cost and fix apart, the JSON pointer, the
 * file as console lines show it and an archive entry apart in {@code entry}), for scripts that want more than
 * SARIF's message text. Findings and summaries are written by {@link ResultJson}, as the cache writes them, straight
 * to the file without a tree in between.
 */
public final class JsonReportWriter implements ReportWriter {

    private final Optional<List<String>> modules;

    public JsonReportWriter() {
        this.modules = Optional.empty();
    }

    /**
     * @param modules for the aggregate's report, the modules merged into it (which also tells a later aggregate
     *                not to merge this file again); none for a module's own report
     */
    JsonReportWriter(List<String> modules) {
        this.modules = Optional.of(List.copyOf(modules));
    }

    @Override
    public void write(LintResult result, ReportContext context, Writer out) throws IOException {
        JsonGenerator json = ResultJson.printer(out);
        json.writeStartObject();
        json.writeStringField("tool", "netlint");
        json.writeStringField("version", context.toolVersion());
        json.writeObjectFieldStart("summary");
        json.writeNumberField("filesRead", result.filesRead());
        json.writeNumberField("filesSkipped", result.filesSkipped());
        json.writeNumberField("networksChecked", result.networksChecked());
        json.writeNumberField("errors", result.count(Severity.ERROR));
        json.writeNumberField("warnings", result.count(Severity.WARNING));
        json.writeNumberField("infos", result.count(Severity.INFO));
        json.writeNumberField("suppressed", result.suppressed().size());
        json.writeNumberField("baselined", result.baselined().size());
        json.writeEndObject();
        ResultJson.writeFindings(json, "findings", result.findings());
        // Findings that do not count, still listed so that scripts can audit them.
        json.writeArrayFieldStart("suppressed");
        for (Suppressed hidden : result.suppressed()) {
            json.writeStartObject();
            ResultJson.findingFields(json, hidden.finding());
            Suppression by = hidden.suppression();
            json.writeStringField("reason", by.reason());
            json.writeObjectFieldStart("suppression");
            json.writeStringField("file", by.source());
            json.writeNumberField("line", by.location().line());
            json.writeNumberField("index", by.index());
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
        ResultJson.writeFindings(json, "baselined", result.baselined());
        ResultJson.writeNetworks(json, "networks", result.networks());
        json.writeArrayFieldStart("rules");
        for (RuleMeta meta : context.rules()) {
            rule(json, meta);
        }
        json.writeEndArray();
        if (modules.isPresent()) {
            json.writeArrayFieldStart("modules");
            for (String module : modules.get()) {
                json.writeString(module);
            }
            json.writeEndArray();
        }
        json.writeEndObject();
        ResultJson.end(json, out);
    }

    @Override
    public String fileName() {
        return "netlint.json";
    }

    @Override
    public String format() {
        return "json";
    }

    private static void rule(JsonGenerator json, RuleMeta meta) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", meta.id());
        json.writeStringField("name", meta.name());
        json.writeStringField("severity", meta.severity().label());
        json.writeStringField("summary", meta.summary());
        json.writeStringField("help", meta.helpUri());
        json.writeEndObject();
    }
}
