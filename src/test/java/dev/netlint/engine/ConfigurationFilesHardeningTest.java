package dev.netlint.engine;

import dev.netlint.model.Finding;
import dev.netlint.model.Severity;
import dev.netlint.model.SourceLocation;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The suppressions and baseline files can come with a pull request: they are read within limits, every error is one
 * line naming the file and the entry, their globs cannot hang the build, and they can never hide an unreadable model
 * file (NL000).
 */
class ConfigurationFilesHardeningTest {

    private static final String FILE = "netlint-suppressions.xml";

    private static Suppressions xml(String file, String rule, String reason) {
        return Suppressions.parse(("<suppressions><suppression><file>" + file + "</file><rule>" + rule + "</rule>"
                + "<reason>" + reason + "</reason></suppression></suppressions>").getBytes(StandardCharsets.UTF_8),
                FILE);
    }

    private static Finding finding(String rule, String file) {
        return new Finding(rule, Severity.ERROR, file, new SourceLocation(1, 1, ""), "", "what", "cost", "fix");
    }

    @Test
    void aBacktrackingGlobAgainstALongFileNameEndsAtOnce() {
        Suppressions suppressions = xml("**a**a**a**a**a**a**a**a**a**a**a**a**a**a**b", "NL102", "reason");
        List<Finding> findings = List.of(finding("NL102", "a".repeat(3_000) + ".json"));
        Suppressions.Outcome outcome = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> suppressions.apply(findings, SeverityOverrides.NONE));
        assertThat(outcome.kept()).hasSize(1);
    }

    @Test
    void wildcardsOnEveryFileNeverHideAnUnreadableModel() {
        Suppressions.Outcome outcome = xml("**", "NL*", "hide everything")
                .apply(List.of(finding("NL000", "models/gadget.json"), finding("NL102", "models/a.json")),
                        SeverityOverrides.NONE);
        assertThat(outcome.kept()).extracting(Finding::ruleId).containsExactly("NL000");
        assertThat(outcome.suppressed()).extracting(s -> s.finding().ruleId()).containsExactly("NL102");
    }

    @Test
    void suppressingNl000ByNameIsAConfigurationErrorSayingSo() {
        assertThatThrownBy(() -> xml("models/*.json", "NL000", "cannot fix it"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("suppression 1 in " + FILE)
                .hasMessageContaining("NL000, which cannot be suppressed");
    }

    @Test
    void aBaselineNeverHoldsOrAcceptsAnUnreadableModel() {
        Finding unreadable = finding("NL000", "models/gadget.json");
        Baseline written = Baseline.of(List.of(unreadable, finding("NL102", "models/a.json")));
        assertThat(written.entries()).extracting(e -> e.key().ruleId()).containsExactly("NL102");
        String listing = "{\"version\": 1, \"findings\": [{\"file\": \"models/gadget.json\", \"rule\": \"NL000\", "
                + "\"pointer\": \"\", \"element\": \"\"}]}";
        assertThatThrownBy(() -> Baseline.parse(listing.getBytes(StandardCharsets.UTF_8), "netlint-baseline.json"))
                .hasMessageContaining("baseline file netlint-baseline.json: entry 1 lists NL000, which cannot be "
                        + "baselined");
    }

    @Test
    void aRuleHoldingALineBreakIsQuotedEscapedOnOneLine() {
        assertThatThrownBy(() -> xml("models/*.json", "NL102\n[ERROR] forged line", "reason"))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").contains("\\u000a[ERROR] forged")
                        .contains("suppression 1 in " + FILE));
        String json = "{\"suppressions\": [{\"file\": \"a.json\", \"rule\": \"NL1\\nforged\", \"reason\": \"r\"}]}";
        assertThatThrownBy(() -> Suppressions.parse(json.getBytes(StandardCharsets.UTF_8), "s.json"))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").contains("suppression 1 in s.json"));
        String baseline = "{\"version\": 1, \"findings\": [{\"file\": \"a\", \"rule\": \"NL1\\n[ERROR] x\", "
                + "\"pointer\": \"\"}]}";
        assertThatThrownBy(() -> Baseline.parse(baseline.getBytes(StandardCharsets.UTF_8), "b.json"))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").contains("entry 1")
                        .contains("'NL1\\u000a[ERROR] x'"));
    }

    @Test
    void aDeeplyNestedFileIsOneLineNamingTheFileNotANullPointer() {
        String deep = "{\"suppressions\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        assertThatThrownBy(() -> Suppressions.parse(deep.getBytes(StandardCharsets.UTF_8), "deep.json"))
                .isInstanceOf(IllegalArgumentException.class)
                .satisfies(e -> assertThat(e.getMessage()).startsWith("suppressions file deep.json is not valid JSON")
                        .doesNotContain("\n"));
        String deepBaseline = "{\"version\": 1, \"findings\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        assertThatThrownBy(() -> Baseline.parse(deepBaseline.getBytes(StandardCharsets.UTF_8), "b.json"))
                .isInstanceOf(IllegalArgumentException.class)
                .satisfies(e -> assertThat(e.getMessage()).startsWith("baseline file b.json is not valid JSON")
                        .doesNotContain("\n"));
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedUnparsed() {
        byte[] huge = new byte[Suppressions.MAX_BYTES + 1];
        java.util.Arrays.fill(huge, (byte) ' ');
        huge[0] = '{';
        assertThatThrownBy(() -> Suppressions.parse(huge, "big.json")).hasMessageContaining("larger than");
    }

    @Test
    void aBadGlobIsOneLineNamingFileAndEntryNotARegexError() {
        assertThatThrownBy(() -> xml("models/[a-", "NL102", "reason"))
                .isInstanceOf(IllegalArgumentException.class)
                .satisfies(e -> assertThat(e.getMessage())
                        .startsWith("suppression 1 in " + FILE + " (line 1): file glob 'models/[a-' has '[' without "
                                + "its ']'")
                        .doesNotContain("\n").doesNotContain("PatternSyntaxException"));
    }
}
