package dev.netlint.engine;

import dev.netlint.Fixtures;
import dev.netlint.model.Severity;
import dev.netlint.rule.RuleMeta;
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
    @Test
    void familyWildcardSwitchesOffEveryRuleOfTheFamilyAndNothingElse() {
        SeverityOverrides overrides = SeverityOverrides.parse(Map.of("NL4*", "off"));
        for (RuleMeta meta : RuleRegistry.metas()) {
            assertThat(overrides.effective(meta)).as(meta.id())
                    .isEqualTo(meta.id().startsWith("NL4") ? Optional.empty() : Optional.of(meta.severity()));
        }
        LintResult result = new LintEngine(overrides).lint(List.of(new ModelInput(
                Fixtures.dl4j("bad-dropout-retain-02.json"), "d.json", Optional.empty(), true)));
        assertThat(result.findings()).isNotEmpty().noneSatisfy(f -> assertThat(f.ruleId()).startsWith("NL4"));
        assertThat(Fixtures.findings(Fixtures.lint(Fixtures.dl4j("bad-dropout-retain-02.json")), "NL401"))
                .as("the same file without the override").isNotEmpty();
    }

    /** {@code <NL4*>} is no XML element name, so a pom writes the family as {@code <NL4xx>}. */
    @Test
    void xmlSafeSpellingNamesTheSameFamily() {
        SeverityOverrides star = SeverityOverrides.parse(Map.of("NL4*", "info"));
        SeverityOverrides xx = SeverityOverrides.parse(Map.of("nl4xx", "info"));
        for (RuleMeta meta : RuleRegistry.metas()) {
            assertThat(xx.effective(meta)).as(meta.id()).isEqualTo(star.effective(meta));
        }
        assertThat(xx.effective(RuleRegistry.meta("NL401").orElseThrow())).contains(Severity.INFO);
        assertThat(xx.effective(RuleRegistry.meta("NL501").orElseThrow())).contains(Severity.WARNING);
    }

    @Test
    void exactIdWinsOverWildcardAndLongerWildcardOverShorter() {
        SeverityOverrides overrides = SeverityOverrides.parse(Map.of(
                "NL4*", "off", "NL401", "error", "NL*", "info", "NL40*", "warning"));
        assertThat(overrides.effective(RuleRegistry.meta("NL401").orElseThrow())).contains(Severity.ERROR);
        assertThat(overrides.effective(RuleRegistry.meta("NL402").orElseThrow())).contains(Severity.WARNING);
        assertThat(overrides.effective(RuleRegistry.meta("NL102").orElseThrow())).contains(Severity.INFO);
        SeverityOverrides exactOnly = SeverityOverrides.parse(Map.of("NL4xx", "off", "NL403", "error"));
        assertThat(exactOnly.effective(RuleRegistry.meta("NL403").orElseThrow())).contains(Severity.ERROR);
        assertThat(exactOnly.effective(RuleRegistry.meta("NL404").orElseThrow())).isEmpty();
    }

    @Test
    void wildcardThatMatchesNoRuleIsAConfigurationError() {
        assertThatThrownBy(() -> SeverityOverrides.parse(Map.of("NL99*", "off")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'NL99*' in <checks> matches no rule")
                .hasMessageContaining("NL4xx").hasMessageContaining("NL401");
        // Each x stands for one digit: NL4x would need four-character ids.
        assertThatThrownBy(() -> SeverityOverrides.parse(Map.of("NL4x", "off")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'NL4x' in <checks> matches no rule");
        assertThatThrownBy(() -> SeverityOverrides.parse(Map.of("NL*4", "off")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown rule id 'NL*4'");
    }

    @Test
    void equallySpecificEntriesThatDisagreeAreAConfigurationError() {
        assertThatThrownBy(() -> SeverityOverrides.parse(Map.of("NL4*", "off", "NL4xx", "error")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("different levels");
        assertThat(SeverityOverrides.parse(Map.of("NL4*", "off", "NL4xx", "off"))
                .effective(RuleRegistry.meta("NL401").orElseThrow())).isEmpty();
    }
}
