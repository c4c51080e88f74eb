package dev.netlint.maven;

import dev.netlint.model.Finding;
import dev.netlint.model.Severity;
import dev.netlint.report.GithubAnnotations;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a module's GitHub annotations where the runner reads them: the process's own standard output, not
 * {@code System.out}, which Maven 4 prefixes with {@code [INFO] [stdout] } (a workflow command must start its line).
 * A module's annotations are capped at {@code max}, errors first, and a notice says where the others are. The cap is
 * the module's own, not the build's: modules run in any order under {@code -T}, and a shared cap would let one
 * module's warnings crowd out another's errors.
 */
final class Annotator {

    /** The file descriptor itself, unbuffered; each command is written whole, in one write. */
    private static final PrintStream PROCESS_STDOUT = new PrintStream(new FileOutputStream(FileDescriptor.out), true,
            StandardCharsets.UTF_8);

    private final GithubAnnotations annotations;
    private final int max;
    private final String speaker;

    /** @param speaker who speaks in the notice: {@code netlint (module)} */
    Annotator(GithubAnnotations annotations, int max, String speaker) {
        this.annotations = annotations;
        this.max = max;
        this.speaker = speaker;
    }

    /** Standard output of the process, where GitHub's runner reads workflow commands. */
    static PrintStream processStdout() {
        return PROCESS_STDOUT;
    }

    /**
     * Annotates the findings at or above {@code level}, at most {@code max}.
     *
     * @param where where every finding is listed, for the notice (e.g. the build log and the reports)
     */
    void annotate(List<Finding> findings, Severity level, String where, PrintStream out) {
        GithubAnnotations.Batch batch = annotations.batch(findings, level, max);
        // One module's lines together, whatever the other modules of a parallel build print.
        synchronized (PROCESS_STDOUT) {
            batch.lines().forEach(line -> out.print(line + "\n"));
            if (batch.capped() > 0) {
                out.print(GithubAnnotations.cappedNotice(speaker, batch, max, where) + "\n");
            }
        }
    }
}
