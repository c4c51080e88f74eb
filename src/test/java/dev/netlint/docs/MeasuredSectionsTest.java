package dev.netlint.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The Measured blocks of the rule pages and the tables of docs/evidence/README.md are what results.tsv says. */
class MeasuredSectionsTest {

    private static final Path ROOT = Path.of(".");
    private static final String REGENERATE = "; regenerate with: java -cp target/test-classes "
            + "dev.netlint.docs.MeasuredSections . (evidence/run.sh does it after training)";
    private static final String MEAN_AND_RANGE = "-?\\d+\\.\\d{3} \\(-?\\d+\\.\\d{3}–-?\\d+\\.\\d{3}\\)";

    private static List<MeasuredSections.Row> rows() {
        return MeasuredSections.read(ROOT.resolve("docs/evidence/results.tsv"));
    }

    @Test
    void resultsTsvHoldsAMeasuredValueOrARefusalInEveryRow() throws IOException {
        List<MeasuredSections.Row> rows = rows();
        assertThat(rows).isNotEmpty();
        for (MeasuredSections.Row r : rows) {
            assertThat(ROOT.resolve("docs/rules/" + r.rule() + ".md")).as(r.toString()).exists();
            assertThat(r.framework()).as(r.toString()).isIn("DL4J", "Keras");
            assertThat(r.fixed()).as(r.toString()).matches(MEAN_AND_RANGE);
            if (r.verdict().equals("framework-refuses")) {
                assertThat(r.flagged()).as(r.toString()).startsWith("refused at ");
            } else {
                assertThat(r.flagged()).as(r.toString()).matches(MEAN_AND_RANGE + "|-");
                assertThat(r.seeds().split(",")).as(r.toString()).hasSizeGreaterThanOrEqualTo(3);
            }
        }
    }

    @Test
    void everyRulePageShowsExactlyItsMeasuredRows() throws IOException {
        List<MeasuredSections.Row> rows = rows();
        List<String> stale = new ArrayList<>();
        for (Path page : MeasuredSections.rulePages(ROOT)) {
            String text = Files.readString(page);
            String rule = MeasuredSections.ruleOf(page);
            if (!MeasuredSections.withBlock(text, MeasuredSections.block(rule, rows)).equals(text)) {
                stale.add(page + (text.contains(MeasuredSections.START) ? " (out of date)" : " (block missing)"));
            }
        }
        assertThat(stale).as("rule pages whose Measured block differs from docs/evidence/results.tsv" + REGENERATE)
                .isEmpty();
    }

    @Test
    void evidencePageShowsTheResults() throws IOException {
        String readme = Files.readString(ROOT.resolve("docs/evidence/README.md"));
        assertThat(MeasuredSections.withResults(readme, rows()))
                .as("docs/evidence/README.md differs from docs/evidence/results.tsv" + REGENERATE).isEqualTo(readme);
        assertThat(readme).contains("evidence/run.sh").contains("## Severity policy");
    }

    // ---------------------------------------------------------------- the generator itself

    private static MeasuredSections.Row row(String rule, String framework, String verdict) {
        return new MeasuredSections.Row(rule, framework + ": a case", "a-task", "1,2,3", "train accuracy",
                "0.250 (0.250–0.250)", "1.000 (1.000–1.000)", verdict);
    }

    @Test
    void blockIsAppendedReplacedAndRemoved() {
        List<MeasuredSections.Row> rows = List.of(row("NL601", "DL4J", "fails-sometimes"));
        String page = "# NL601 title\n\ntext\n";
        String block = MeasuredSections.block("NL601", rows);
        String withBlock = MeasuredSections.withBlock(page, block);
        assertThat(withBlock).startsWith(page).endsWith(MeasuredSections.END + "\n").contains("| DL4J | a case |");
        assertThat(MeasuredSections.withBlock(withBlock, block)).isEqualTo(withBlock);
        String changed = MeasuredSections.block("NL601", List.of(row("NL601", "DL4J", "no-effect")));
        assertThat(MeasuredSections.withBlock(withBlock, changed)).contains("no-effect").doesNotContain("fails-sometimes");
        assertThat(MeasuredSections.withBlock(withBlock, "")).isEqualTo(page);
        assertThat(MeasuredSections.block("NL102", rows)).isEmpty();
    }

    @Test
    void policyGivesErrorOnlyForRefusalsOrFailuresEverywhere() {
        assertThat(MeasuredSections.impliedSeverity(List.of(row("NL1", "DL4J", "framework-refuses"),
                row("NL1", "DL4J", "no-effect")))).isEqualTo("error");
        assertThat(MeasuredSections.impliedSeverity(List.of(row("NL1", "DL4J", "fails-always"),
                row("NL1", "DL4J", "fails-always")))).isEqualTo("error");
        assertThat(MeasuredSections.impliedSeverity(List.of(row("NL1", "DL4J", "fails-always"),
                row("NL1", "DL4J", "no-effect")))).isEqualTo("warning");
        assertThat(MeasuredSections.impliedSeverity(List.of(row("NL1", "DL4J", "no-effect")))).isEqualTo("note");
    }

    @Test
    void blockNamesTheSeverityPerFramework() {
        String block = MeasuredSections.block("NL102", List.of(row("NL102", "DL4J", "framework-refuses"),
                row("NL102", "Keras", "no-effect")));
        assertThat(block).contains("DL4J error, Keras note.");
    }

    @Test
    void malformedRowIsNamedWithItsLine(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path tsv = dir.resolve("results.tsv");
        Files.writeString(tsv, MeasuredSections.HEADER + "\nNL601\tDL4J: x\ttask\t1,2,3\tm\t1\t1\tbroken\n");
        assertThatThrownBy(() -> MeasuredSections.read(tsv)).hasMessageContaining("results.tsv:2:")
                .hasMessageContaining("broken");
    }
}
