package dev.netlint.report;

import dev.netlint.engine.LintResult;
import dev.netlint.engine.Suppressed;
import dev.netlint.model.Finding;
import dev.netlint.model.Severity;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The human-facing lines: one per finding, then one summary. Where they go (Maven log, stdout) is the caller's. */
public final class ConsoleReport {

    /** Receives each line with the severity that decides its log level. */
    public interface Sink {
        void line(Severity severity, String text);
    }

    private ConsoleReport() {
    }

    public static void findings(LintResult result, Sink sink) {
        for (Finding finding : result.findings()) {
            sink.line(finding.severity(), finding.consoleLine());
        }
    }

    /**
     * One line per finding that does not count, for the debug log: why it is hidden, then its console line.
     */
    public static List<String> hidden(LintResult result) {
        List<String> lines = new ArrayList<>();
        for (Suppressed suppressed : result.suppressed()) {
            lines.add("suppressed by " + suppressed.suppression().source() + " entry "
                    + suppressed.suppression().index() + " (" + suppressed.suppression().reason() + "): "
                    + suppressed.finding().consoleLine());
        }
        result.baselined().forEach(finding -> lines.add("baselined: " + finding.consoleLine()));
        return lines;
    }

    public static String summary(LintResult result, List<Path> reports, Function<Path, String> shown) {
        StringBuilder text = new StringBuilder("netlint: ")
                .append(plural(result.filesRead(), "model file")).append(" read");
        if (result.filesSkipped() > 0) {
            text.append(" (").append(plural(result.filesSkipped(), "other file")).append(" skipped)");
        }
        text.append(", ").append(plural(result.networksChecked(), "network")).append(" checked: ")
                .append(plural(result.count(Severity.ERROR), "error")).append(", ")
                .append(plural(result.count(Severity.WARNING), "warning")).append(", ")
                .append(plural(result.count(Severity.INFO), "info"));
        List<String> hidden = new ArrayList<>();
        if (!result.suppressed().isEmpty()) {
            hidden.add(result.suppressed().size() + " suppressed");
        }
        if (result.baselineUsed()) {
            hidden.add(plural(result.baselined().size(), "finding") + " baselined");
        }
        if (!hidden.isEmpty()) {
            text.append("; ").append(String.join(", ", hidden));
        }
        if (!reports.isEmpty()) {
            text.append(". Reports: ").append(String.join(", ", reports.stream().map(shown).toList()));
        }
        return text.toString();
    }

    private static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
