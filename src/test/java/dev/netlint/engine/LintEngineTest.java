package dev.netlint.engine;

import dev.netlint.Fixtures;
import dev.netlint.model.Finding;
import dev.netlint.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class LintEngineTest {

    @TempDir
    Path dir;

    @Test
    void brokenFileIsOneReadErrorAndTheOtherFilesAreStillLinted() throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"confs\": [");
        LintResult result = new LintEngine(SeverityOverrides.NONE).lint(List.of(
                new ModelInput(broken, "broken.json", Optional.empty(), false),
                new ModelInput(Fixtures.dl4j("bad-seedA-two-sigmoid-mcxent.json"), "a.json", Optional.empty(), false)));
        List<Finding> readErrors = Fixtures.findings(result, "NL000");
        assertThat(readErrors).hasSize(1);
        assertThat(readErrors.get(0).consoleLine()).startsWith("broken.json:[1,").contains("malformed JSON")
                .doesNotContain("\n");
        assertThat(Fixtures.findings(result, "NL102")).hasSize(1);
        assertThat(result.filesRead()).isEqualTo(1);
    }

    @Test
    void jsonThatIsNoModelIsSkippedWhenDiscoveredButAnErrorWhenListed() throws Exception {
        Path labels = dir.resolve("labels.json");
        Files.writeString(labels, "{\"0\": \"cat\"}");
        LintResult discovered = new LintEngine(SeverityOverrides.NONE).lint(List.of(
                new ModelInput(labels, "labels.json", Optional.empty(), false)));
        assertThat(discovered.findings()).isEmpty();
        assertThat(discovered.filesSkipped()).isEqualTo(1);
        LintResult listed = new LintEngine(SeverityOverrides.NONE).lint(List.of(
                new ModelInput(labels, "labels.json", Optional.empty(), true)));
        assertThat(Fixtures.findings(listed, "NL000")).singleElement()
                .satisfies(f -> assertThat(f.problem()).contains("not a model configuration"));
    }

    @Test
    void findingsAreOrderedByFileAndPosition() {
        LintResult result = new LintEngine(SeverityOverrides.NONE).lint(List.of(
                new ModelInput(Fixtures.dl4j("bad-seedB-uniform-dropout-l2.json"), "b.json", Optional.empty(), false),
                new ModelInput(Fixtures.dl4j("bad-default-sigmoid-hidden.json"), "a.json", Optional.empty(), false)));
        List<String> keys = result.findings().stream()
                .map(f -> f.file() + String.format("%08d", f.location().line())).toList();
        assertThat(keys).isSorted();
    }

    @Test
    void verdictCountsFindingsAtOrAboveTheThreshold() {
        LintResult result = Fixtures.lint(Fixtures.dl4j("bad-dropout-retain-02.json"));
        assertThat(result.count(Severity.ERROR)).isZero();
        assertThat(Verdict.of(result, Severity.ERROR, 0, true).fails()).isFalse();
        assertThat(Verdict.of(result, Severity.WARNING, 0, true).fails()).isTrue();
        assertThat(Verdict.of(result, Severity.WARNING, 100, true).fails()).isFalse();
        assertThat(Verdict.of(result, Severity.WARNING, 0, false).fails()).isFalse();
    }

    @Test
    void unreadableFilesFailTheBuildUnlessFailOnReadErrorIsOff() throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"confs\": [");
        LintResult result = new LintEngine(SeverityOverrides.NONE).lint(List.of(
                new ModelInput(broken, "broken.json", Optional.empty(), false),
                new ModelInput(Fixtures.dl4j("ok-relu-init.json"), "ok.json", Optional.empty(), false)));
        assertThat(Fixtures.findings(result, "NL000")).hasSize(1);
        Verdict strict = Verdict.of(result, Severity.ERROR, 100, true, true);
        assertThat(strict.fails()).isTrue();
        assertThat(strict.violations()).isZero();
        assertThat(strict.describe()).isEqualTo("0 findings at or above error (100 allowed) and 1 unreadable model "
                + "file (failOnReadError)");
        assertThat(Verdict.of(result, Severity.ERROR, 0, true, false).fails()).isFalse();
        assertThat(Verdict.of(result, Severity.ERROR, 0, false, true).fails()).isTrue();
    }
}
