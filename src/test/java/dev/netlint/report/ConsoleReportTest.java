package dev.netlint.report;

import dev.netlint.engine.LintResult;
import dev.netlint.model.Finding;
import dev.netlint.model.Origin;
import dev.netlint.model.Severity;
import dev.netlint.model.SourceLocation;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ConsoleReportTest {

    private static final ConsoleReport.View QUIET = ConsoleReport.View.of(Severity.WARNING, "-Dnetlint.verbose");

    /** Collects what a run prints, {@code [level] text} per call. */
    private static final class Recording implements ConsoleReport.Console {
        final List<String> lines = new ArrayList<>();

        @Override
        public void line(Severity severity, String text) {
            lines.add("[" + severity.label() + "] " + text);
        }

        @Override
        public void debug(String text) {
            lines.add("[debug] " + text);
        }
    }

    @Test
    void summaryCountsWhatCountsAndSaysHowManyWereSuppressedAndBaselined() {
        String summary = ConsoleReport.summary("netlint (app)", SarifReportWriterTest.triaged(), QUIET,
                List.of("target/netlint/netlint.sarif"));
        assertThat(summary).isEqualTo("netlint (app): 2 model files read, 2 networks checked: 1 error, 0 warnings, "
                + "0 infos; 1 suppressed, 1 finding baselined. Reports: target/netlint/netlint.sarif");
    }

    @Test
    void summarySaysHowManyFindingsTheConsoleLeftOutAndHowToPrintThem() {
        String summary = ConsoleReport.summary("netlint", SarifReportWriterTest.sample(), QUIET, List.of());
        assertThat(summary).isEqualTo("netlint: 2 model files read (1 other file skipped), 2 networks checked: "
                + "3 errors, 1 warning, 1 info; 1 not printed (-Dnetlint.verbose prints them)");
        assertThat(ConsoleReport.summary("netlint", SarifReportWriterTest.sample(),
                ConsoleReport.View.of(Severity.INFO, "--verbose"), List.of())).endsWith("3 errors, 1 warning, 1 info");
        assertThat(ConsoleReport.summary("netlint", SarifReportWriterTest.sample(),
                ConsoleReport.View.of(Severity.ERROR, "--verbose"), List.of()))
                .endsWith("; 2 not printed (--verbose prints them)");
    }

    @Test
    void aBaselineThatMatchedNothingIsStillMentioned() {
        LintResult result = new LintResult(List.of(SarifReportWriterTest.HEAD), 1, 0, 1, List.of(), List.of(), List.of(),
                List.of(), true);
        assertThat(ConsoleReport.summary("netlint", result, QUIET, List.of())).endsWith("; 0 findings baselined");
    }

    @Test
    void notesGoToTheDebugLogUnlessTheViewAsksForThem() {
        Recording quiet = new Recording();
        ConsoleReport.findings(SarifReportWriterTest.sample(), QUIET, quiet);
        assertThat(quiet.lines).filteredOn(line -> line.startsWith("[info]")).isEmpty();
        assertThat(quiet.lines).filteredOn(line -> line.startsWith("[debug]")).singleElement().asString()
                .startsWith("[debug] models/mlp.json:[41,9] NL203 ");
        assertThat(quiet.lines).filteredOn(line -> line.startsWith("[error]") || line.startsWith("[warning]"))
                .hasSize(4);

        Recording verbose = new Recording();
        ConsoleReport.findings(SarifReportWriterTest.sample(), ConsoleReport.View.of(Severity.INFO, ""), verbose);
        assertThat(verbose.lines).hasSize(5).noneMatch(line -> line.startsWith("[debug]"))
                .anyMatch(line -> line.startsWith("[info] models/mlp.json:[41,9] NL203 "));
    }

    @Test
    void costAndFixFollowOnAnIndentedSecondLineThatJoinsBackIntoTheOneLineForm() {
        String text = ConsoleReport.text(SarifReportWriterTest.HEAD, "models/mlp.json");
        assertThat(text).isEqualTo("models/mlp.json:[41,9] NL102 layer3: sigmoid activation with multi-class "
                + "cross-entropy over 2 units;\n    training stalls near chance. Fix: softmax + MCXENT.");
        for (Finding finding : SarifReportWriterTest.sample().findings()) {
            assertThat(ConsoleReport.text(finding, finding.file()).replace("\n    ", " "))
                    .isEqualTo(finding.consoleLine());
        }
        // Nothing but the problem: one line.
        assertThat(ConsoleReport.text(SarifReportWriterTest.INFERRED, "m.json")).doesNotContain("\n")
                .endsWith("NL203 layer3: labels inferred as categorical over 2 classes.");
        // A fix without a cost: the fix alone on the second line.
        assertThat(ConsoleReport.text(SarifReportWriterTest.RAISED, "m.json")).endsWith(
                "hidden: dropOut(0.2) keeps 20% of units.\n    Fix: dropOut(0.8).");
    }

    @Test
    void pathsAreNamedFromWhereTheBuildStarted() {
        Path root = Path.of("/work/reactor").toAbsolutePath();
        Path module = root.resolve("app");
        Finding inModule = new Finding("NL102", Severity.ERROR,
                Origin.of(module.resolve("src/main/models/net.json"), "src/main/models/net.json"),
                new SourceLocation(3, 4, ""), "out", "p", "", "");
        Finding inArchive = new Finding("NL302", Severity.WARNING,
                Origin.of(module.resolve("src/main/models/net.zip"), "src/main/models/net.zip")
                        .withEntry("configuration.json"), new SourceLocation(1, 1, ""), "d", "p", "", "");
        ConsoleReport.View fromRoot = QUIET.from(root, module);
        assertThat(fromRoot.where().apply(inModule)).isEqualTo("app/src/main/models/net.json");
        assertThat(fromRoot.where().apply(inArchive)).isEqualTo("app/src/main/models/net.zip!/configuration.json");
        assertThat(QUIET.from(module, module).where().apply(inModule)).isEqualTo("src/main/models/net.json");
        // A file outside the start directory: the absolute path opens from anywhere.
        assertThat(QUIET.from(root.resolve("lib"), module).where().apply(inModule))
                .isEqualTo(module.resolve("src/main/models/net.json").toString().replace('\\', '/'));
        // A file known by its project-relative name only (the suppressions file).
        Finding stale = new Finding("NL004", Severity.INFO, "netlint-suppressions.xml", new SourceLocation(9, 3, ""),
                "", "p", "", "");
        assertThat(fromRoot.where().apply(stale)).isEqualTo("app/netlint-suppressions.xml");
    }

    @Test
    void theCommandLinePrintsTheSameLinesWithLevelWords() {
        List<String> lines = ConsoleReport.text(SarifReportWriterTest.sample(), false, QUIET);
        assertThat(lines).first().asString().startsWith("[ERROR] models/mlp.json:[41,9] NL102 layer3: ")
                .contains(";\n    training stalls near chance.");
        assertThat(lines).noneMatch(line -> line.startsWith("[INFO]"));
        assertThat(lines).last().asString().startsWith("netlint: 2 model files read");
    }

    @Test
    void hiddenFindingsAreListedWithWhyForTheDebugLog() {
        assertThat(ConsoleReport.hidden(SarifReportWriterTest.triaged())).containsExactly(
                "suppressed by netlint-suppressions.xml entry 2 (dropout study: the rate is the experiment): "
                        + SarifReportWriterTest.RAISED.consoleLine(),
                "baselined: " + SarifReportWriterTest.IN_ARCHIVE.consoleLine());
    }
}
