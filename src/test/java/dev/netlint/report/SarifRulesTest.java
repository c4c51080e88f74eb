package dev.netlint.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.netlint.rule.RuleMeta;
import dev.netlint.rule.RuleRegistry;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SarifRulesTest {

    @Test
    void everyRuleCarriesItsPageAsHelpAndItsFirstParagraphAsFullDescription() throws IOException {
        for (RuleMeta meta : RuleRegistry.metas()) {
            JsonNode rule = SarifRules.describe(meta);
            String page = Files.readString(Path.of(meta.docPath()));
            assertThat(rule.path("help").path("markdown").asText()).as(meta.id())
                    .isEqualTo(SarifRules.markdown(page)).contains("**Default severity:**")
                    .doesNotStartWith("# " + meta.id());
            String text = rule.path("help").path("text").asText();
            assertThat(text).as(meta.id()).isNotEmpty().doesNotContain("**").doesNotContain("```");
            String full = rule.path("fullDescription").path("text").asText();
            assertThat(full).as(meta.id()).isNotEqualTo(meta.summary()).doesNotContain("Default severity")
                    .doesNotContain("\n");
            assertThat(page.replace("`", "").replace("**", "").replaceAll("\\s+", " "))
                    .as(meta.id()).contains(full.substring(0, Math.min(60, full.length())));
            assertThat(rule.path("helpUri").asText()).isEqualTo(meta.helpUri());
        }
    }

    @Test
    void nl102() {
        JsonNode rule = SarifRules.describe(RuleRegistry.meta("NL102").orElseThrow());
        assertThat(rule.path("fullDescription").path("text").asText())
                .startsWith("NL102 flags every network output where the activation that reaches the loss is sigmoid");
        assertThat(rule.path("help").path("markdown").asText()).contains("## Why it matters", "## How to fix");
        assertThat(rule.path("help").path("text").asText()).contains("Why it matters\nMulti-class cross-entropy");
        assertThat(rule.path("properties").path("tags")).extracting(JsonNode::asText)
                .containsExactly("correctness", "output-head");
        assertThat(rule.path("properties").path("precision").asText()).isEqualTo("very-high");
        assertThat(rule.path("properties").path("problem.severity").asText()).isEqualTo("error");
        assertThat(rule.path("properties").has("security-severity")).isFalse();
        assertThat(rule.path("defaultConfiguration").path("level").asText()).isEqualTo("error");
    }

    @Test
    void supplyChainRulesAreSecurityAlertsWithAScore() {
        for (RuleMeta meta : RuleRegistry.metas()) {
            JsonNode properties = SarifRules.describe(meta).path("properties");
            boolean security = properties.path("tags").toString().contains("\"security\"");
            assertThat(security).as(meta.id()).isEqualTo(meta.id().startsWith("NL9"));
            if (security) {
                assertThat(properties.path("security-severity").asDouble()).as(meta.id()).isBetween(4.0, 8.9);
                assertThat(properties.path("tags").toString()).contains("supply-chain", "external/cwe/cwe-");
            } else {
                assertThat(properties.has("security-severity")).as(meta.id()).isFalse();
            }
        }
    }

    @Test
    void infoRulesAreRecommendations() {
        JsonNode properties = SarifRules.describe(RuleRegistry.meta("NL203").orElseThrow()).path("properties");
        assertThat(properties.path("problem.severity").asText()).isEqualTo("recommendation");
        assertThat(properties.path("precision").asText()).isEqualTo("medium");
    }

    @Test
    void relativeLinksInTheHelpBecomeAbsolute() {
        String page = "# NL999 x\n\n**Default severity:** error\n\nSee [the evidence](../evidence/NL999.md), "
                + "[NL101](NL101.md), [the web](https://example.org/a) and [above](#why).\n";
        assertThat(SarifRules.markdown(page)).contains(
                "[the evidence](https://github.com/netlint/netlint/blob/main/docs/evidence/NL999.md)",
                "[NL101](https://github.com/netlint/netlint/blob/main/docs/rules/NL101.md)",
                "[the web](https://example.org/a)", "[above](#why)");
        assertThat(SarifRules.plainText(page)).contains("See the evidence (../evidence/NL999.md)");
    }
}
