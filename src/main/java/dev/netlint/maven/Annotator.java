package dev.netlint.maven;

import dev.netlint.model.Finding;
import dev.netlint.model.Severity;
import dev.netlint.report.GithubAnnotations;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

/**
 * Writes a module's GitHub annotations where the runner reads them: the process's own standard output, not
 * {@code System.out}, which Maven 4 prefixes with {@code [INFO] [stdout] } (a workflow command must start its line).
 * The build's annotations are capped at {@code max}, shared by its modules through the {@link BuildLedger}; once the
 * cap is reached one notice says where the other findings are.
 */
final class Annotator {

    /** The file descriptor itself, unbuffered; each command is written whole, in one write. */
    private static final PrintStream PROCESS_STDOUT = new PrintStream(new FileOutputStream(FileDescriptor.out), true,
            StandardCharsets.UTF_8);

    private final GithubAnnotations annotations;
    private final BuildLedger ledger;
    private final int max;
    private final Consumer<String> debug;

    Annotator(GithubAnnotations annotations, BuildLedger ledger, int max, Consumer<String> debug) {
        this.annotations = annotations;
        this.ledger = ledger;
        this.max = max;
        this.debug = debug;
    }

    /** Standard output of the process, where GitHub's runner reads workflow commands. */
    static PrintStream processStdout() {
        return PROCESS_STDOUT;
    }

    /**
     * Annotates the findings at or above {@code level} within what is left of the build's cap.
     *
     * @param where where every finding is listed, for the notice (e.g. the build log and the reports)
     */
    void annotate(List<Finding> findings, Severity level, String where, PrintStream out) {
        int eligible = (int) findings.stream().filter(finding -> finding.severity().atLeast(level)).count();
        int granted = ledger.annotations(eligible, max);
        GithubAnnotations.Batch batch = annotations.batch(findings, level, granted);
        synchronized (PROCESS_STDOUT) {
            batch.lines().forEach(line -> out.print(line + "\n"));
            if (batch.capped() > 0 && ledger.firstCap()) {
                out.print(GithubAnnotations.cappedNotice(max, where) + "\n");
            }
        }
        if (batch.capped() > 0) {
            debug.accept(batch.capped() + " findings not annotated: maxAnnotations (" + max + ") reached");
        }
    }
}
