package dev.netlint.report;

import dev.netlint.engine.SeverityOverrides;
import dev.netlint.rule.RuleMeta;
import dev.netlint.rule.RuleRegistry;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RuleCatalogTest {

    @Test
    void oneLinePerRegisteredRuleWithIdSeveritySummaryAndPage() {
        List<String> lines = RuleCatalog.lines(RuleRegistry.metas(), SeverityOverrides.NONE::effective);
        assertThat(lines).hasSize(RuleRegistry.metas().size() + 1);
        assertThat(lines.get(0)).startsWith("netlint: " + RuleRegistry.metas().size() + " rules (id, severity, "
                + "summary, page)");
        for (int i = 0; i < RuleRegistry.metas().size(); i++) {
            RuleMeta meta = RuleRegistry.metas().get(i);
            assertThat(lines.get(i + 1)).startsWith(meta.id() + "  " + meta.severity().label())
                    .contains("  " + meta.summary() + "  ").endsWith(meta.helpUri());
        }
    }

    @Test
    void levelsSetByTheUserAreShownWithTheDefault() {
        SeverityOverrides overrides = SeverityOverrides.parse(Map.of("NL303", "off", "NL102", "warning"));
        List<String> lines = RuleCatalog.lines(RuleRegistry.metas(), overrides::effective);
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("NL303  off (default info)  "))
                .anySatisfy(line -> assertThat(line).startsWith("NL102  warning (default error)  "))
                .anySatisfy(line -> assertThat(line).matches("NL101  error +  Softmax output layer .*"));
    }
}
