package dev.netlint.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.netlint.rule.RuleMeta;
import dev.netlint.rule.RuleRegistry;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;

import static dev.netlint.report.SarifReportWriterTest.HEAD;
import static org.assertj.core.api.Assertions.assertThat;

class JsonReportWriterTest {

    private static String json() throws IOException {
        StringWriter out = new StringWriter();
        new JsonReportWriter().write(SarifReportWriterTest.sample(), SarifReportWriterTest.context(), out);
        return out.toString();
    }

    private static JsonNode report() throws IOException {
        return new ObjectMapper().readTree(json());
    }

    @Test
    void namesToolAndVersion() throws IOException {
        JsonNode report = report();
        assertThat(report.path("tool").asText()).isEqualTo("netlint");
        assertThat(report.path("version").asText()).isEqualTo("0.1.0-test");
    }

    @Test
    void summaryCountsFilesNetworksAndFindingsBySeverity() throws IOException {
        JsonNode summary = report().path("summary");
        assertThat(summary.path("filesRead").asInt()).isEqualTo(2);
        assertThat(summary.path("filesSkipped").asInt()).isEqualTo(1);
        assertThat(summary.path("networksChecked").asInt()).isEqualTo(2);
        assertThat(summary.path("errors").asInt()).isEqualTo(3);
        assertThat(summary.path("warnings").asInt()).isEqualTo(1);
        assertThat(summary.path("infos").asInt()).isEqualTo(1);
    }

    @Test
    void findingKeepsEveryField() throws IOException {
        JsonNode findings = report().path("findings");
        assertThat(findings).hasSize(5);
        JsonNode first = findings.path(0);
        assertThat(first.path("ruleId").asText()).isEqualTo("NL102");
        assertThat(first.path("severity").asText()).isEqualTo("error");
        assertThat(first.path("file").asText()).isEqualTo("models/mlp.json");
        assertThat(first.path("line").asInt()).isEqualTo(41);
        assertThat(first.path("column").asInt()).isEqualTo(9);
        assertThat(first.path("pointer").asText()).isEqualTo("/confs/2");
        assertThat(first.path("element").asText()).isEqualTo("layer3");
        assertThat(first.path("problem").asText()).isEqualTo(HEAD.problem());
        assertThat(first.path("cost").asText()).isEqualTo(HEAD.cost());
        assertThat(first.path("fix").asText()).isEqualTo(HEAD.fix());
        assertThat(first.path("message").asText()).isEqualTo(HEAD.message());
        assertThat(findings.path(1).path("file").asText()).as("archive entry kept as the engine names it")
                .isEqualTo("models/net.zip!/configuration.json");
    }

    @Test
    void listsEveryRuleWithItsHelpPage() throws IOException {
        JsonNode rules = report().path("rules");
        assertThat(rules).hasSize(RuleRegistry.metas().size());
        RuleMeta first = RuleRegistry.metas().get(0);
        assertThat(rules.path(0).path("id").asText()).isEqualTo(first.id());
        assertThat(rules.path(0).path("name").asText()).isEqualTo(first.name());
        assertThat(rules.path(0).path("severity").asText()).isEqualTo(first.severity().label());
        assertThat(rules.path(0).path("summary").asText()).isEqualTo(first.summary());
        assertThat(rules.path(0).path("help").asText()).isEqualTo(first.helpUri());
    }

    @Test
    void suppressedAndBaselinedFindingsAreCountedAndListedApart() throws IOException {
        StringWriter out = new StringWriter();
        new JsonReportWriter().write(SarifReportWriterTest.triaged(), SarifReportWriterTest.context(), out);
        JsonNode report = new ObjectMapper().readTree(out.toString());
        assertThat(report.path("summary").path("suppressed").asInt()).isEqualTo(1);
        assertThat(report.path("summary").path("baselined").asInt()).isEqualTo(1);
        assertThat(report.path("summary").path("errors").asInt()).as("only what counts").isEqualTo(1);
        assertThat(report.path("findings")).hasSize(1);
        JsonNode suppressed = report.path("suppressed").path(0);
        assertThat(suppressed.path("ruleId").asText()).isEqualTo("NL401");
        assertThat(suppressed.path("reason").asText()).isEqualTo("dropout study: the rate is the experiment");
        assertThat(suppressed.path("suppression").path("file").asText()).isEqualTo("netlint-suppressions.xml");
        assertThat(suppressed.path("suppression").path("line").asInt()).isEqualTo(9);
        assertThat(report.path("baselined").path(0).path("file").asText())
                .isEqualTo("models/net.zip!/configuration.json");
    }

    @Test
    void outputIsDeterministic() throws IOException {
        assertThat(json()).isEqualTo(json()).doesNotContain("\r").endsWith("}\n");
    }

    @Test
    void namesItsFormat() {
        assertThat(new JsonReportWriter().fileName()).isEqualTo("netlint.json");
        assertThat(new JsonReportWriter().format()).isEqualTo("json");
    }
}
