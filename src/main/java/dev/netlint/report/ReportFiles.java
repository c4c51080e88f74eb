package dev.netlint.report;

import dev.netlint.engine.AtomicFile;
import dev.netlint.engine.LintResult;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the requested reports into the output directory, each through a temporary file moved into place: a report
 * is whole or absent, never half written, and never written through a symbolic link someone committed in its place.
 */
public final class ReportFiles {

    /** A report that could not be written, and why; the others are still written. */
    public record Failure(Path file, IOException error) {
    }

    /** @param written the reports written; @param failures the ones that could not be */
    public record Outcome(List<Path> written, List<Failure> failures) {
    }

    private ReportFiles() {
    }

    public static Outcome write(LintResult result, ReportContext context, Path outputDirectory,
                                List<ReportWriter> writers) {
        List<Path> written = new ArrayList<>();
        List<Failure> failures = new ArrayList<>();
        for (ReportWriter writer : writers) {
            Path file = outputDirectory.resolve(writer.fileName());
            try {
                AtomicFile.write(file, out -> writer.write(result, context, out));
                written.add(file);
            } catch (IOException e) {
                failures.add(new Failure(file, e));
            }
        }
        return new Outcome(written, failures);
    }
}
