package dev.netlint.engine;

import dev.netlint.Fixtures;
import dev.netlint.model.Finding;
import dev.netlint.model.Origin;
import dev.netlint.model.Severity;
import dev.netlint.model.SourceLocation;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Suppressions take accepted findings out of the verdict, demand a reason, and report entries that match nothing. */
class SuppressionsTest {

    private static final String SEED_A = "src/main/resources/models/seedA.json";

    /** Seed A: NL102 on the output layer {@code output} ({@code /confs/3/layer}), plus other findings. */
    private static List<Finding> seedA() {
        LintResult result = new LintEngine(SeverityOverrides.NONE).lint(List.of(new ModelInput(
                Fixtures.dl4j("bad-seedA-two-sigmoid-mcxent.json"), SEED_A, Optional.empty(), true)));
        assertThat(Fixtures.findings(result, "NL102")).singleElement().satisfies(f -> {
            assertThat(f.element()).isEqualTo("output");
            assertThat(f.location().pointer()).isEqualTo("/confs/3/layer");
        });
        return result.findings();
    }

    private static Suppressions xml(String entries) {
        return Suppressions.parse(("<?xml version=\"1.0\"?>\n<suppressions>\n" + entries + "</suppressions>\n")
                .getBytes(StandardCharsets.UTF_8), "netlint-suppressions.xml");
    }

    private static Suppressions json(String text) {
        return Suppressions.parse(text.getBytes(StandardCharsets.UTF_8), "netlint-suppressions.json");
    }

    private static String entry(String file, String rule, String element, String reason) {
        return "  <suppression>\n"
                + "    <file>" + file + "</file>\n"
                + "    <rule>" + rule + "</rule>\n"
                + (element == null ? "" : "    <element>" + element + "</element>\n")
                + (reason == null ? "" : "    <reason>" + reason + "</reason>\n")
                + "  </suppression>\n";
    }

    @Test
    void entryMatchingRuleFileAndLayerNameTakesTheFindingOutWithItsReason() {
        Suppressions.Outcome outcome = xml(entry("src/main/resources/models/*.json", "NL102", "output",
                "two-unit sigmoid kept on purpose")).apply(seedA(), SeverityOverrides.NONE);
        assertThat(outcome.kept()).isNotEmpty()
                .isEqualTo(seedA().stream().filter(f -> !f.ruleId().equals("NL102")).toList());
        assertThat(outcome.suppressed()).singleElement().satisfies(s -> {
            assertThat(s.finding().ruleId()).isEqualTo("NL102");
            assertThat(s.suppression().reason()).isEqualTo("two-unit sigmoid kept on purpose");
            assertThat(s.suppression().location().line()).isEqualTo(3);
        });
        assertThat(outcome.stale()).isEmpty();
    }

    @Test
    void entryMatchesByJsonPointerAndEverythingBelowIt() {
        Suppressions exact = json("""
                {"suppressions": [
                  {"file": "src/main/resources/models/seedA.json", "rule": "NL102", "element": "/confs/3/layer",
                   "reason": "accepted"}
                ]}""");
        assertThat(exact.apply(seedA(), SeverityOverrides.NONE).suppressed()).extracting(s -> s.finding().ruleId())
                .containsExactly("NL102");
        Suppressions ancestor = json("""
                {"suppressions": [{"file": "**/seedA.json", "rule": "NL1*", "element": "/confs/3", "reason": "r"}]}""");
        assertThat(ancestor.apply(seedA(), SeverityOverrides.NONE).suppressed()).extracting(s -> s.finding().ruleId())
                .containsExactly("NL102");
        // A pointer is matched by path segments, not by text: /confs/3 does not cover /confs/30.
        Finding thirtieth = finding("NL102", SEED_A, "/confs/30/layer", "dense30");
        assertThat(ancestor.apply(List.of(thirtieth), SeverityOverrides.NONE).kept()).containsExactly(thirtieth);
    }

    @Test
    void entryForAnotherLayerFileOrRuleSuppressesNothingAndIsReportedAsStale() {
        Suppressions suppressions = xml(entry("src/main/resources/models/*.json", "NL102", "dense1", "wrong layer")
                + entry("other/*.json", "NL102", null, "wrong file")
                + entry("**/seedA.json", "NL301", null, "wrong rule"));
        Suppressions.Outcome outcome = suppressions.apply(seedA(), SeverityOverrides.NONE);
        assertThat(outcome.suppressed()).isEmpty();
        assertThat(outcome.kept()).isEqualTo(seedA());
        assertThat(outcome.stale()).hasSize(3);
        Finding first = outcome.stale().get(0);
        assertThat(first.ruleId()).isEqualTo("NL004");
        assertThat(first.severity()).isEqualTo(Severity.INFO);
        assertThat(first.file()).isEqualTo("netlint-suppressions.xml");
        assertThat(first.location().line()).isEqualTo(3);
        assertThat(first.location().column()).isEqualTo(3);
        assertThat(first.consoleLine()).isEqualTo("netlint-suppressions.xml:[3,3] NL004 suppression 1: matches no "
                + "finding (rule NL102, file src/main/resources/models/*.json, element dense1); it hides nothing now "
                + "and would hide a new finding there unseen. Fix: delete the entry, or correct its file, rule or "
                + "element.");
        assertThat(outcome.stale()).extracting(Finding::element)
                .containsExactly("suppression 1", "suppression 2", "suppression 3");
        assertThat(outcome.stale().get(1).location().line()).isEqualTo(9);
    }

    @Test
    void staleEntryInJsonPointsAtTheEntry() {
        Suppressions suppressions = json("""
                {
                  "suppressions": [
                    {"file": "x.json", "rule": "NL102", "reason": "r"}
                  ]
                }
                """);
        Finding stale = suppressions.apply(List.of(), SeverityOverrides.NONE).stale().get(0);
        assertThat(stale.location()).isEqualTo(new SourceLocation(3, 5, "/suppressions/0"));
        assertThat(stale.file()).isEqualTo("netlint-suppressions.json");
    }

    @Test
    void staleSuppressionFollowsTheUsersLevelForNl004() {
        Suppressions suppressions = xml(entry("x.json", "NL102", null, "r"));
        assertThat(suppressions.apply(List.of(), SeverityOverrides.parse(Map.of("NL004", "off"))).stale()).isEmpty();
        assertThat(suppressions.apply(List.of(), SeverityOverrides.parse(Map.of("NL004", "error"))).stale())
                .singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
    }

    @Test
    void everyMatchingEntryCountsAsUsedAndTheFirstOneIsNamed() {
        Suppressions suppressions = xml(entry("**/*.json", "NL102", null, "first")
                + entry("**/*.json", "NL1*", null, "second"));
        Suppressions.Outcome outcome = suppressions.apply(seedA(), SeverityOverrides.NONE);
        assertThat(outcome.suppressed()).singleElement()
                .satisfies(s -> assertThat(s.suppression().reason()).isEqualTo("first"));
        assertThat(outcome.stale()).isEmpty();
    }

    @Test
    void findingInsideAnArchiveIsMatchedByTheArchivePath() {
        Finding inZip = finding("NL302", Origin.shownAs("models/net.zip").withEntry("configuration.json"), "dense");
        Suppressions suppressions = xml(entry("models/*.zip", "NL302", "dense", "legacy zip"));
        assertThat(suppressions.apply(List.of(inZip), SeverityOverrides.NONE).suppressed()).hasSize(1);
        Suppressions byEntry = xml(entry("models/*.zip!/configuration.json", "NL302", "dense", "legacy zip"));
        assertThat(byEntry.apply(List.of(inZip), SeverityOverrides.NONE).suppressed()).hasSize(1);
    }

    /**
     * The archive is known from the finding's origin, never by cutting its shown name at "!/": a file in a directory
     * named {@code models!} is no entry of an archive {@code models}, and one in {@code x.zip!} none of {@code x.zip}.
     */
    @Test
    void aDirectoryWhoseNameEndsInAnExclamationMarkIsNoArchive() {
        Finding inDirectory = finding("NL302", Origin.shownAs("models!/net.json"), "dense");
        Finding inDecoy = finding("NL302", Origin.shownAs("models/x.zip!/configuration.json"), "dense");
        assertThat(xml(entry("models", "NL302", "dense", "not this")).apply(List.of(inDirectory),
                SeverityOverrides.NONE).suppressed()).isEmpty();
        assertThat(xml(entry("models/x.zip", "NL302", "dense", "not this")).apply(List.of(inDecoy),
                SeverityOverrides.NONE).suppressed()).isEmpty();
        assertThat(xml(entry("models!/*.json", "NL302", "dense", "this one")).apply(List.of(inDirectory),
                SeverityOverrides.NONE).suppressed()).hasSize(1);
    }

    @Test
    void reasonIsRequired() {
        assertThatThrownBy(() -> xml(entry("**/*.json", "NL102", "output", null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("suppression 1 in netlint-suppressions.xml (line 3) has no reason");
        assertThatThrownBy(() -> xml(entry("**/*.json", "NL102", "output", "   ")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has no reason");
        assertThatThrownBy(() -> json("{\"suppressions\": [{\"file\": \"a.json\", \"rule\": \"NL102\"}]}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("suppression 1 in netlint-suppressions.json (line 1) has no reason");
    }

    @Test
    void fileAndRuleAreRequiredAndTheRuleMustExist() {
        assertThatThrownBy(() -> xml("<suppression><rule>NL102</rule><reason>r</reason></suppression>"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has no file");
        assertThatThrownBy(() -> xml("<suppression><file>a.json</file><reason>r</reason></suppression>"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has no rule");
        assertThatThrownBy(() -> xml(entry("a.json", "NL999", null, "r")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown rule id 'NL999'");
        assertThatThrownBy(() -> xml(entry("a.json", "NL99*", null, "r")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("matches no rule");
    }

    @Test
    void typosAreConfigurationErrorsNotSilentlyIgnoredFields() {
        assertThatThrownBy(() -> xml("<suppression><file>a.json</file><rule>NL102</rule><elemnt>x</elemnt>"
                + "<reason>r</reason></suppression>"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown field 'elemnt'");
        assertThatThrownBy(() -> xml("<suppression file=\"a.json\"><rule>NL102</rule><reason>r</reason>"
                + "</suppression>"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("child elements");
        assertThatThrownBy(() -> json("{\"suppressions\": [{\"file\": \"a.json\", \"rule\": \"NL102\", "
                + "\"reason\": \"r\", \"why\": \"x\"}]}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown field 'why'");
        assertThatThrownBy(() -> json("{\"suppression\": []}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"suppressions\"");
        assertThatThrownBy(() -> json("{\"suppressions\": [}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not valid JSON");
        assertThatThrownBy(() -> Suppressions.parse("NL102 a.json".getBytes(StandardCharsets.UTF_8), "s.txt"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("neither XML");
    }

    /** The file can arrive with a pull request: an external entity must never be resolved. */
    @Test
    void xmlWithAnExternalEntityIsRefused() {
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE suppressions [<!ENTITY secret SYSTEM \"file:///etc/hostname\">]>\n"
                + "<suppressions>" + entry("&secret;", "NL102", null, "r") + "</suppressions>";
        assertThatThrownBy(() -> Suppressions.parse(xxe.getBytes(StandardCharsets.UTF_8), "s.xml"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("s.xml");
    }

    private static Finding finding(String rule, String file, String pointer, String element) {
        return new Finding(rule, Severity.ERROR, file, new SourceLocation(1, 1, pointer), element, "p", "", "");
    }

    private static Finding finding(String rule, Origin origin, String element) {
        return new Finding(rule, Severity.ERROR, origin, new SourceLocation(1, 1, "/confs/0"), element, "p", "", "");
    }
}
