package dev.netlint.engine;

import dev.netlint.Fixtures;
import dev.netlint.model.Severity;
import dev.netlint.rule.RuleRegistry;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SeverityOverridesTest {

    @Test
    void overrideChangesTheSeverityOfEveryFindingOfThatRule() {
        SeverityOverrides overrides = SeverityOverrides.parse(Map.of("NL102", "warning", "nl501", "OFF"));
        LintResult result = new LintEngine(overrides).lint(List.of(
                new ModelInput(Fixtures.dl4j("bad-seedA-two-sigmoid-mcxent.json"), "a.json", Optional.empty(), true),
                new ModelInput(Fixtures.dl4j("bad-default-sigmoid-hidden.json"), "b.json", Optional.empty(), true)));
        assertThat(Fixtures.findings(result, "NL102")).isNotEmpty()
                .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
        assertThat(Fixtures.findings(result, "NL501")).isEmpty();
    }

    @Test
    void withoutOverridesTheDeclaredSeverityApplies() {
        assertThat(SeverityOverrides.NONE.effective(RuleRegistry.meta("NL102").orElseThrow()))
                .contains(Severity.ERROR);
    }

    @Test
    void unknownRuleIdOrLevelIsAConfigurationErrorThatSaysWhatIsAccepted() {
        assertThatThrownBy(() -> SeverityOverrides.parse(Map.of("NL999", "off")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown rule id 'NL999'").hasMessageContaining("NL102");
        assertThatThrownBy(() -> SeverityOverrides.parse(Map.of("NL102", "fatal")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("use error, warning, info or off");
    }
}
