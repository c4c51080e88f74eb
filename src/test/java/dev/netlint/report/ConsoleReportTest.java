package dev.netlint.report;

import dev.netlint.engine.LintResult;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ConsoleReportTest {

    @Test
    void summaryCountsWhatCountsAndSaysHowManyWereSuppressedAndBaselined() {
        String summary = ConsoleReport.summary(SarifReportWriterTest.triaged(),
                List.of(Path.of("target/netlint/netlint.sarif")), Path::toString);
        assertThat(summary).isEqualTo("netlint: 2 model files read, 2 networks checked: 1 error, 0 warnings, "
                + "0 infos; 1 suppressed, 1 finding baselined. Reports: target/netlint/netlint.sarif");
    }

    @Test
    void summaryWithoutSuppressionsOrBaselineSaysNothingAboutThem() {
        String summary = ConsoleReport.summary(SarifReportWriterTest.sample(), List.of(), Path::toString);
        assertThat(summary).isEqualTo("netlint: 2 model files read (1 other file skipped), 2 networks checked: "
                + "3 errors, 1 warning, 1 info");
    }

    @Test
    void aBaselineThatMatchedNothingIsStillMentioned() {
        LintResult result = new LintResult(List.of(SarifReportWriterTest.HEAD), 1, 0, 1, List.of(), List.of(), List.of(),
                List.of(), true);
        assertThat(ConsoleReport.summary(result, List.of(), Path::toString)).endsWith("; 0 findings baselined");
    }

    @Test
    void hiddenFindingsAreListedWithWhyForTheDebugLog() {
        assertThat(ConsoleReport.hidden(SarifReportWriterTest.triaged())).containsExactly(
                "suppressed by netlint-suppressions.xml entry 2 (dropout study: the rate is the experiment): "
                        + SarifReportWriterTest.RAISED.consoleLine(),
                "baselined: " + SarifReportWriterTest.IN_ARCHIVE.consoleLine());
    }
}
