package dev.netlint.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.netlint.Fixtures;
import dev.netlint.model.Finding;
import dev.netlint.model.Severity;
import dev.netlint.model.SourceLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The baseline: written from one run, it lets the next run fail only on findings that are new. */
class BaselineTest {

    @TempDir
    Path project;

    private Path models() throws IOException {
        return Files.createDirectories(project.resolve("src/main/resources/models"));
    }

    private void add(String fixture) throws IOException {
        Files.copy(Fixtures.dl4j(fixture), models().resolve(fixture));
    }

    private LintRequest request() {
        return new LintRequest(project, List.of(project.resolve("src/main/resources")), LintRequest.DEFAULT_INCLUDES,
                List.of(), List.of(), SeverityOverrides.NONE);
    }

    private NetlintRun.Outcome run(Baseline baseline) throws IOException {
        return new NetlintRun("test").run(request().withBaseline(baseline));
    }

    private static boolean fails(NetlintRun.Outcome outcome) {
        return Verdict.of(outcome.result(), Severity.ERROR, 0, true).fails();
    }

    @Test
    void roundTripBaselinedFindingsDoNotFailANewFindingDoes() throws IOException {
        add("bad-seedA-two-sigmoid-mcxent.json");
        NetlintRun.Outcome before = run(Baseline.NONE);
        assertThat(fails(before)).as("seed A fails without a baseline").isTrue();

        Path file = project.resolve(Baseline.DEFAULT_FILE_NAME);
        Baseline.of(before.result().findings()).write(file);
        Baseline baseline = Baseline.read(file, Baseline.DEFAULT_FILE_NAME);
        NetlintRun.Outcome known = run(baseline);
        assertThat(known.result().findings()).isEmpty();
        assertThat(known.result().baselined()).isEqualTo(before.result().findings());
        assertThat(known.result().baselineUsed()).isTrue();
        assertThat(fails(known)).isFalse();

        add("bad-nout-zero.json");
        NetlintRun.Outcome withNew = run(baseline);
        assertThat(fails(withNew)).isTrue();
        assertThat(withNew.result().findings()).isNotEmpty()
                .allSatisfy(f -> assertThat(f.file()).endsWith("models/bad-nout-zero.json"))
                .anySatisfy(f -> assertThat(f.ruleId()).isEqualTo("NL108"));
        assertThat(withNew.result().baselined()).isEqualTo(before.result().findings());
        assertThat(withNew.baselineUnmatched()).isEmpty();
    }

    /** Keyed on file, rule and JSON pointer: reformatting the model moves every line and changes nothing. */
    @Test
    void findingsStayBaselinedWhenTheirLinesMove() throws IOException {
        add("bad-seedA-two-sigmoid-mcxent.json");
        NetlintRun.Outcome before = run(Baseline.NONE);
        Baseline baseline = Baseline.of(before.result().findings());

        Path model = models().resolve("bad-seedA-two-sigmoid-mcxent.json");
        ObjectMapper mapper = new ObjectMapper();
        Files.writeString(model, "\n\n\n" + mapper.writeValueAsString(mapper.readTree(model.toFile())));
        NetlintRun.Outcome after = run(baseline);
        assertThat(after.result().baselined()).extracting(f -> f.location().line())
                .as("the lines did move").doesNotContainAnyElementsOf(
                        before.result().findings().stream().map(f -> f.location().line()).toList());
        assertThat(after.result().findings()).isEmpty();
        assertThat(after.result().baselined()).hasSameSizeAs(before.result().findings());
    }

    @Test
    void fixedFindingsAreReportedAsUnmatchedEntries() throws IOException {
        add("bad-seedA-two-sigmoid-mcxent.json");
        Baseline baseline = Baseline.of(run(Baseline.NONE).result().findings());
        Files.copy(Fixtures.dl4j("ok-seedA-softmax-mcxent.json"),
                models().resolve("bad-seedA-two-sigmoid-mcxent.json"), StandardCopyOption.REPLACE_EXISTING);
        NetlintRun.Outcome fixed = run(baseline);
        assertThat(fixed.baselineUnmatched()).extracting(e -> e.key().ruleId()).contains("NL102");
        assertThat(fails(fixed)).isFalse();
    }

    @Test
    void fileIsSortedVersionedWithoutLineNumbersAndByteStable() throws IOException {
        Finding b = finding("NL302", "models/b.json", "/confs/1/layer", "dense", 40);
        Finding a2 = finding("NL401", "models/a.json", "/confs/0/layer", "hidden", 12);
        Finding a1 = finding("NL102", "models/a.json", "/confs/2/layer", "output", 90);
        String written = text(Baseline.of(List.of(b, a2, a1)));
        assertThat(written).isEqualTo(text(Baseline.of(List.of(a1, b, a2))));
        assertThat(written).isEqualTo("""
                {
                  "version": 1,
                  "findings": [
                    {
                      "file": "models/a.json",
                      "rule": "NL102",
                      "pointer": "/confs/2/layer",
                      "element": "output"
                    },
                    {
                      "file": "models/a.json",
                      "rule": "NL401",
                      "pointer": "/confs/0/layer",
                      "element": "hidden"
                    },
                    {
                      "file": "models/b.json",
                      "rule": "NL302",
                      "pointer": "/confs/1/layer",
                      "element": "dense"
                    }
                  ]
                }
                """);
    }

    @Test
    void staleSuppressionsAreNeverBaselined() {
        Finding stale = finding("NL004", "netlint-suppressions.xml", "", "suppression 1", 3);
        Finding real = finding("NL102", "models/a.json", "/confs/2/layer", "output", 90);
        assertThat(Baseline.of(List.of(stale, real)).entries()).extracting(e -> e.key().ruleId())
                .containsExactly("NL102");
    }

    @Test
    void eachEntryAbsorbsOneFindingSoADuplicateBeyondTheBaselineIsNew() {
        Finding first = finding("NL102", "models/a.json", "/confs/2/layer", "output", 90);
        Finding twin = finding("NL102", "models/a.json", "/confs/2/layer", "output", 95);
        Baseline.Partition partition = Baseline.of(List.of(first)).apply(List.of(first, twin));
        assertThat(partition.baselined()).containsExactly(first);
        assertThat(partition.fresh()).containsExactly(twin);
        Baseline.Partition both = Baseline.of(List.of(first, twin)).apply(List.of(twin));
        assertThat(both.fresh()).isEmpty();
        assertThat(both.unmatched()).hasSize(1);
    }

    @Test
    void unreadableOrForeignBaselineIsAConfigurationError() throws IOException {
        Path file = project.resolve("b.json");
        Files.writeString(file, "{\"version\": 2, \"findings\": []}");
        assertThatThrownBy(() -> Baseline.read(file, "b.json")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has version 2").hasMessageContaining("mvn netlint:baseline");
        Files.writeString(file, "{\"runs\": []}");
        assertThatThrownBy(() -> Baseline.read(file, "b.json")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no netlint baseline");
        Files.writeString(file, "{\"version\": 1, \"findings\": [{\"file\": \"a.json\", \"rule\": \"NL102\"}]}");
        assertThatThrownBy(() -> Baseline.read(file, "b.json")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("entry 1 needs string members file, rule and pointer");
        Files.writeString(file, "{\"version\": 1,");
        assertThatThrownBy(() -> Baseline.read(file, "b.json")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not valid JSON");
    }

    @Test
    void missingDefaultFileMeansNoBaselineButAMissingConfiguredFileIsAnError() throws IOException {
        Path absent = project.resolve("absent.json");
        assertThat(Baseline.load(absent, "absent.json", false)).isSameAs(Baseline.NONE);
        assertThat(Baseline.NONE.present()).isFalse();
        assertThatThrownBy(() -> Baseline.load(absent, "absent.json", true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("baseline file absent.json does not exist");
        Baseline.of(List.of()).write(absent);
        assertThat(Baseline.load(absent, "absent.json", true).present()).as("an empty baseline is a baseline")
                .isTrue();
    }

    private static String text(Baseline baseline) throws IOException {
        StringWriter out = new StringWriter();
        baseline.write(out);
        return out.toString();
    }

    private static Finding finding(String rule, String file, String pointer, String element, int line) {
        return new Finding(rule, Severity.WARNING, file, new SourceLocation(line, 5, pointer), element, "p", "", "");
    }
}
