package dev.netlint.report;

import dev.netlint.model.Finding;
import dev.netlint.model.Severity;
import dev.netlint.model.SourceLocation;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class GithubAnnotationsTest {

    private static final Path PROJECT = Path.of("/home/runner/work/repo/repo");

    private static GithubAnnotations on(Map<String, String> environment) {
        return new GithubAnnotations(environment::get, PROJECT);
    }

    @Test
    void onlyOnGithubActions() {
        assertThat(on(Map.of("GITHUB_ACTIONS", "true")).enabled()).isTrue();
        assertThat(on(Map.of()).enabled()).isFalse();
        assertThat(on(Map.of("GITHUB_ACTIONS", "false")).enabled()).isFalse();
        assertThat(on(Map.of("CI", "true")).enabled()).isFalse();
    }

    @Test
    void oneWorkflowCommandPerFindingWithFileLineColumnAndRuleAsTitle() {
        GithubAnnotations annotations = on(Map.of("GITHUB_ACTIONS", "true"));
        assertThat(annotations.line(SarifReportWriterTest.HEAD)).isEqualTo(
                "::error file=models/mlp.json,line=41,col=9,title=NL102::" + SarifReportWriterTest.HEAD.message());
        assertThat(annotations.lines(List.of(SarifReportWriterTest.HEAD, SarifReportWriterTest.INFERRED)))
                .extracting(line -> line.substring(0, line.indexOf(' '))).containsExactly("::error", "::notice");
        Finding warning = new Finding("NL401", Severity.WARNING, "m.json", new SourceLocation(3, 0, ""), "", "p", "",
                "");
        assertThat(annotations.line(warning)).isEqualTo("::warning file=m.json,line=3,title=NL401::p.");
    }

    @Test
    void messageAndPropertiesAreEscapedByGithubsRules() {
        Finding odd = new Finding("NL102", Severity.ERROR, "models/a:b,c%.json", new SourceLocation(2, 4, ""),
                "x", "100% wrong\r\nsecond line: a, b", "", "");
        // A finding is already one line (line breaks from a file are shown as \r\n); % and the property
        // characters are still escaped.
        assertThat(on(Map.of()).line(odd)).isEqualTo("::error file=models/a%3Ab%2Cc%25.json,line=2,col=4,"
                + "title=NL102::x: 100%25 wrong\\r\\nsecond line: a, b.");
        assertThat(GithubAnnotations.escapeProperty("a:b,c%\n")).isEqualTo("a%3Ab%2Cc%25%0A");
        assertThat(GithubAnnotations.escapeData("a:b,c%\r")).isEqualTo("a:b,c%25%0D");
    }

    @Test
    void findingInAnArchiveAnnotatesTheArchiveWithoutALine() {
        assertThat(on(Map.of()).line(SarifReportWriterTest.IN_ARCHIVE)).isEqualTo(
                "::warning file=models/net.zip,title=NL302::configuration.json: "
                        + SarifReportWriterTest.IN_ARCHIVE.message());
    }

    @Test
    void pathsAreRelativeToTheCheckoutForAModuleInASubdirectory() {
        GithubAnnotations module = new GithubAnnotations(
                Map.of("GITHUB_WORKSPACE", "/home/runner/work/repo/repo")::get, PROJECT.resolve("ml/model-a"));
        assertThat(module.line(SarifReportWriterTest.HEAD)).startsWith("::error file=ml/model-a/models/mlp.json,");
        GithubAnnotations outside = new GithubAnnotations(Map.of("GITHUB_WORKSPACE", "/elsewhere")::get, PROJECT);
        assertThat(outside.line(SarifReportWriterTest.HEAD)).startsWith("::error file=models/mlp.json,");
    }

    @Test
    void theSwitchTurnsThemOnOrOffWhateverTheEnvironment() {
        assertThat(on(Map.of()).enabled("auto")).isFalse();
        assertThat(on(Map.of("GITHUB_ACTIONS", "true")).enabled("auto")).isTrue();
        assertThat(on(Map.of("GITHUB_ACTIONS", "true")).enabled("false")).isFalse();
        assertThat(on(Map.of()).enabled("TRUE")).isTrue();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> on(Map.of()).enabled("yes"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("use auto, true or false");
    }

    @Test
    void cappedErrorsFirstAndNotesOnlyWhenTheLevelTakesThem() {
        Finding warning = new Finding("NL401", Severity.WARNING, "m.json", new SourceLocation(3, 0, ""), "", "w",
                "", "");
        List<Finding> findings = List.of(SarifReportWriterTest.INFERRED, warning, SarifReportWriterTest.HEAD,
                SarifReportWriterTest.UNREADABLE);
        GithubAnnotations annotations = on(Map.of());
        GithubAnnotations.Batch two = annotations.batch(findings, Severity.WARNING, 2);
        assertThat(two.lines()).extracting(line -> line.substring(0, line.indexOf(',')))
                .containsExactly("::error file=models/mlp.json", "::error file=models/broken.json");
        assertThat(two.capped()).isEqualTo(1);
        GithubAnnotations.Batch all = annotations.batch(findings, Severity.WARNING, 50);
        assertThat(all.lines()).hasSize(3).last().asString().startsWith("::warning file=m.json");
        assertThat(all.capped()).isZero();
        assertThat(annotations.batch(findings, Severity.INFO, 50).lines()).hasSize(4).last().asString()
                .startsWith("::notice file=models/mlp.json");
        assertThat(annotations.batch(findings, Severity.ERROR, 0).capped()).isEqualTo(2);
    }

    @Test
    void theNoticeWhenCappedSaysWhereTheOtherFindingsAre() {
        GithubAnnotations.Batch batch = new GithubAnnotations.Batch(List.of(), 134);
        assertThat(GithubAnnotations.cappedNotice("netlint (app)", batch, 50, "the build log and the reports"))
                .isEqualTo("::notice title=netlint::netlint (app): 134 more findings not annotated (maxAnnotations=50,"
                        + " errors first); the build log and the reports list every finding");
    }
}
