package dev.netlint.report;

import dev.netlint.engine.LintResult;
import dev.netlint.engine.NetlintRun;
import dev.netlint.engine.Suppressed;
import dev.netlint.model.Finding;
import dev.netlint.model.Severity;
import dev.netlint.rule.file.ReaderChecks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/** The human-facing lines: one per finding, then one summary. Where they go (Maven log, stdout) is the caller's. */
public final class ConsoleReport {

    /** Receives each line with the severity that decides its log level. */
    public interface Sink {
        void line(Severity severity, String text);
    }

    /** Where a run's lines go, by level: the Maven log, or the command line's streams. */
    public interface Console extends Sink {
        void debug(String text);

        default void info(String text) {
            line(Severity.INFO, text);
        }

        default void warn(String text) {
            line(Severity.WARNING, text);
        }
    }

    private ConsoleReport() {
    }

    /**
     * What a run prints before any report is written, so that a report that cannot be written hides nothing: files
     * replayed from the cache, skipped files and hidden findings (debug), the summary tables when asked for, then one
     * line per finding.
     *
     * @param shown how a path of netlint's own (the cache file) is named in messages
     */
    public static void run(NetlintRun.Outcome outcome, boolean summaryTables, Optional<Path> cache,
                           Function<Path, String> shown, Console console) {
        LintResult result = outcome.result();
        if (outcome.replayed() > 0 && cache.isPresent()) {
            console.info("netlint: " + outcome.replayed() + " of " + outcome.inputs().size() + " files unchanged since "
                    + "the last run, findings replayed from " + shown.apply(cache.get())
                    + " (-Dnetlint.cache=false to lint every file)");
        }
        result.skipped().forEach(skipped -> console.debug("netlint: skipped " + skipped));
        if (summaryTables) {
            result.networks().forEach(network -> SummaryTable.lines(network).forEach(console::info));
        }
        hidden(result).forEach(line -> console.debug("netlint: " + line));
        findings(result, console);
    }

    /**
     * The warning when nothing was read: a linter that silently checks nothing is a trap. An unreadable file is a
     * finding about a model; a stale suppression is not.
     *
     * @param searched where models were looked for, as messages name it
     */
    public static Optional<String> nothingChecked(LintResult result, String searched) {
        boolean modelFindings = Stream.of(result.findings().stream(), result.baselined().stream(),
                        result.suppressed().stream().map(Suppressed::finding))
                .flatMap(findings -> findings)
                .anyMatch(finding -> !finding.ruleId().equals(ReaderChecks.STALE_SUPPRESSION.id()));
        return result.filesRead() == 0 && !modelFindings
                ? Optional.of("netlint: no model file found in " + searched + ": nothing was checked")
                : Optional.empty();
    }

    /**
     * The whole run as plain text, as the command line prints it: the summary tables when asked for, one line per
     * finding with the level word Maven prints (so the lines read the same in both places), the summary.
     */
    public static List<String> text(LintResult result, boolean summaryTables) {
        List<String> lines = new ArrayList<>();
        if (summaryTables) {
            result.networks().forEach(network -> lines.addAll(SummaryTable.lines(network)));
        }
        findings(result, (severity, line) -> lines.add("[" + switch (severity) {
            case ERROR -> "ERROR";
            case WARNING -> "WARNING";
            case INFO -> "INFO";
        } + "] " + line));
        lines.add(summary(result, List.of(), Path::toString));
        return lines;
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
