package dev.netlint.report;

import dev.netlint.engine.LintResult;
import dev.netlint.engine.NetlintRun;
import dev.netlint.engine.Suppressed;
import dev.netlint.model.Finding;
import dev.netlint.model.Origin;
import dev.netlint.model.Severity;
import dev.netlint.model.Text;
import dev.netlint.rule.file.ReaderChecks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The human-facing lines: the findings at or above the console level (errors and warnings unless asked for more;
 * the notes are in the reports), then one summary. Where they go (Maven log, stdout) is the caller's.
 */
public final class ConsoleReport {

    /** How the second line of a finding is set off from the first. */
    static final String CONTINUATION = "\n    ";

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

    /**
     * What the console shows of the findings.
     *
     * @param level the lightest severity printed; lighter findings go to the debug log only
     * @param where how a finding's file is named, from where the user stands (the build's start directory)
     * @param howToShowAll what prints the findings the level hides, for the summary ({@code -Dnetlint.verbose})
     */
    public record View(Severity level, Function<Finding, String> where, String howToShowAll) {

        /** Errors and warnings, files as the findings name them. */
        public static View of(Severity level, String howToShowAll) {
            return new View(level, Finding::file, howToShowAll);
        }

        public boolean shows(Finding finding) {
            return finding.severity().atLeast(level);
        }

        public View from(Function<Finding, String> files) {
            return new View(level, files, howToShowAll);
        }

        /**
         * Files named from where the build started rather than from the project, so that in a reactor a printed
         * path opens from where the user stands and tells the modules apart; a file outside that directory is
         * named by its absolute path.
         *
         * @param start   the directory the build started in
         * @param project the directory the findings' paths are relative to
         */
        public View from(Path start, Path project) {
            Path from = start.toAbsolutePath().normalize();
            Path base = project.toAbsolutePath().normalize();
            if (from.equals(base)) {
                return from(Finding::file);
            }
            return from(finding -> {
                Origin origin = finding.origin();
                if (origin.file().toString().isEmpty()) {
                    return finding.file();
                }
                Path file = base.resolve(origin.file()).normalize();
                String path = Text.printable((file.startsWith(from) ? from.relativize(file) : file).toString()
                        .replace('\\', '/'), 1000);
                return origin.entry().isEmpty() ? path : path + Origin.ENTRY_SEPARATOR + origin.entry();
            });
        }
    }

    private ConsoleReport() {
    }

    /**
     * What a run prints before any report is written, so that a report that cannot be written hides nothing: files
     * replayed from the cache, skipped files and hidden findings (debug), the summary tables when asked for, then the
     * findings the view shows.
     *
     * @param shown how a path of netlint's own (the cache file) is named in messages
     */
    public static void run(NetlintRun.Outcome outcome, boolean summaryTables, Optional<Path> cache,
                           Function<Path, String> shown, View view, Console console) {
        LintResult result = outcome.result();
        if (outcome.replayed() > 0 && cache.isPresent()) {
            console.debug("netlint: " + outcome.replayed() + " of " + outcome.inputs().size() + " files unchanged "
                    + "since the last run, findings replayed from " + shown.apply(cache.get())
                    + " (-Dnetlint.cache=false to lint every file)");
        }
        result.skipped().forEach(skipped -> console.debug("netlint: skipped " + skipped));
        if (summaryTables) {
            result.networks().forEach(network -> SummaryTable.lines(network).forEach(console::info));
        }
        hidden(result).forEach(line -> console.debug("netlint: " + line));
        findings(result, view, console);
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
     * The whole run as plain text, as the command line prints it: the summary tables when asked for, the findings
     * the view shows with the level word Maven prints (so the lines read the same in both places), the summary.
     */
    public static List<String> text(LintResult result, boolean summaryTables, View view) {
        List<String> lines = new ArrayList<>();
        if (summaryTables) {
            result.networks().forEach(network -> lines.addAll(SummaryTable.lines(network)));
        }
        findings(result, view, new Console() {
            @Override
            public void line(Severity severity, String text) {
                lines.add("[" + switch (severity) {
                    case ERROR -> "ERROR";
                    case WARNING -> "WARNING";
                    case INFO -> "INFO";
                } + "] " + text);
            }

            @Override
            public void debug(String text) {
                // the command line has no debug log: what the view hides is in the JSON and SARIF reports
            }
        });
        lines.add(summary("netlint", result, view, List.of()));
        return lines;
    }

    /** The findings the view shows at their level, the others at debug level. */
    public static void findings(LintResult result, View view, Console console) {
        for (Finding finding : result.findings()) {
            String text = text(finding, view.where().apply(finding));
            if (view.shows(finding)) {
                console.line(finding.severity(), text);
            } else {
                console.debug(text);
            }
        }
    }

    /**
     * A finding as the console prints it: {@code file:[line,col] NLxxx element: what is wrong;} and, on an indented
     * second line, {@code what it costs. Fix: how.} Joined with a space, the two lines read as the one-line form of
     * the reports ({@link Finding#consoleLine()}); split, a line stays short enough to read in a CI log.
     *
     * @param file the file (and entry) as printed
     */
    public static String text(Finding finding, String file) {
        String head = file + ":" + finding.location().lineColumn() + " " + finding.ruleId() + " "
                + (finding.element().isEmpty() ? "" : finding.element() + ": ") + finding.problem();
        String fix = finding.fix().isEmpty() ? "" : "Fix: " + finding.fix() + (finding.fix().endsWith(".") ? "" : ".");
        if (!finding.cost().isEmpty()) {
            return head + ";" + CONTINUATION + finding.cost() + "." + (fix.isEmpty() ? "" : " " + fix);
        }
        return head + "." + (fix.isEmpty() ? "" : CONTINUATION + fix);
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

    /**
     * The one summary line of a run.
     *
     * @param name    who speaks: {@code netlint}, or {@code netlint (module)} in a reactor
     * @param reports the reports written, as printed
     */
    public static String summary(String name, LintResult result, View view, List<String> reports) {
        StringBuilder text = new StringBuilder(name).append(": ")
                .append(plural(result.filesRead(), "model file")).append(" read");
        if (result.filesSkipped() > 0) {
            text.append(" (").append(plural(result.filesSkipped(), "other file")).append(" skipped)");
        }
        text.append(", ").append(plural(result.networksChecked(), "network")).append(" checked: ")
                .append(plural(result.count(Severity.ERROR), "error")).append(", ")
                .append(plural(result.count(Severity.WARNING), "warning")).append(", ")
                .append(plural(result.count(Severity.INFO), "info"));
        List<String> notes = new ArrayList<>();
        long notPrinted = result.findings().stream().filter(finding -> !view.shows(finding)).count();
        if (notPrinted > 0) {
            notes.add(notPrinted + " not printed (" + view.howToShowAll() + " prints them)");
        }
        if (!result.suppressed().isEmpty()) {
            notes.add(result.suppressed().size() + " suppressed");
        }
        if (result.baselineUsed()) {
            notes.add(plural(result.baselined().size(), "finding") + " baselined");
        }
        if (!notes.isEmpty()) {
            text.append("; ").append(String.join(", ", notes));
        }
        if (!reports.isEmpty()) {
            text.append(". Reports: ").append(String.join(", ", reports));
        }
        return text.toString();
    }

    private static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
