package dev.netlint.cli;

import dev.netlint.engine.AtomicFile;
import dev.netlint.engine.Baseline;
import dev.netlint.engine.InputCollector;
import dev.netlint.engine.LintRequest;
import dev.netlint.engine.LintResult;
import dev.netlint.engine.ModelFileFinder;
import dev.netlint.engine.ModelInput;
import dev.netlint.engine.NetlintRun;
import dev.netlint.engine.Suppressions;
import dev.netlint.engine.ToolVersion;
import dev.netlint.engine.Verdict;
import dev.netlint.model.Severity;
import dev.netlint.report.ConsoleReport;
import dev.netlint.report.JsonReportWriter;
import dev.netlint.report.ReportContext;
import dev.netlint.report.ReportWriter;
import dev.netlint.report.SarifReportWriter;
import dev.netlint.rule.RuleRegistry;
import dev.netlint.rule.file.ReaderChecks;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * netlint outside Maven, with the same engine: {@code java -jar netlint-cli.jar [options] FILE|DIR...} (see
 * {@link CliOptions#USAGE}). Prints the lines the Maven goal logs, or a JSON or SARIF report, and exits 0 when no
 * more violations than allowed remain, 1 otherwise, 2 on a usage error or a file that could not be read.
 */
public final class Main {

    static final int CLEAN = 0;
    static final int VIOLATIONS = 1;
    static final int USAGE_OR_READ_ERROR = 2;

    private Main() {
    }

    public static void main(String[] args) {
        quietLogging();
        System.exit(run(args, System.out, System.err));
    }

    /**
     * DL4J logs through SLF4J, and SLF4J 1.7 without a binding (the jar ships none: DL4J's log lines are not the
     * command line's) prints a three-line warning on first use; it is started here with standard error muted.
     */
    private static void quietLogging() {
        PrintStream err = System.err;
        try {
            System.setErr(new PrintStream(java.io.OutputStream.nullOutputStream()));
            Class.forName("org.slf4j.LoggerFactory").getMethod("getILoggerFactory").invoke(null);
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            // no SLF4J on the class path: nothing to quiet
        } finally {
            System.setErr(err);
        }
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        CliOptions options;
        try {
            options = CliOptions.parse(args);
        } catch (CliOptions.UsageException e) {
            err.println("netlint: " + e.getMessage());
            err.println(CliOptions.USAGE.lines().findFirst().orElse(""));
            return USAGE_OR_READ_ERROR;
        }
        if (options.help()) {
            out.println(CliOptions.USAGE);
            return CLEAN;
        }
        if (options.version()) {
            out.println("netlint " + ToolVersion.get());
            return CLEAN;
        }
        Path base = Path.of("").toAbsolutePath();
        List<ModelInput> inputs;
        List<String> unlisted = new ArrayList<>();
        try {
            inputs = inputs(options, base, (directory, e) -> {
                // One line, and the other directories are still linted.
                String line = "netlint: cannot list directory " + InputCollector.display(base, directory) + " ("
                        + e.getClass().getSimpleName() + "); the files in it were not checked";
                unlisted.add(line);
                err.println(line);
            });
        } catch (CliOptions.UsageException e) {
            err.println("netlint: " + e.getMessage());
            return USAGE_OR_READ_ERROR;
        } catch (UncheckedIOException e) {
            err.println("netlint: " + e.getMessage());
            return USAGE_OR_READ_ERROR;
        }
        // The Maven goals' run path. Symbolic links out of the working directory are not followed, as the Maven goal
        // does not leave the project.
        LintRequest request;
        try {
            request = new LintRequest(base, List.of(), LintRequest.DEFAULT_INCLUDES, List.of(), List.of(),
                    options.overrides(), suppressions(options, base), baseline(options, base));
        } catch (IllegalArgumentException | IOException e) {
            err.println("netlint: " + e.getMessage());
            return USAGE_OR_READ_ERROR;
        }
        LintResult result;
        try {
            result = new NetlintRun(ToolVersion.get()).run(request, inputs, Optional.empty()).result();
        } catch (IOException | UncheckedIOException e) {
            err.println("netlint: " + e.getMessage());
            return USAGE_OR_READ_ERROR;
        }
        try {
            report(options, result, out, err);
        } catch (IOException | UncheckedIOException e) {
            err.println("netlint: cannot write the report: " + e.getMessage());
            return USAGE_OR_READ_ERROR;
        }
        boolean unreadable = !unlisted.isEmpty() || result.findings().stream()
                .anyMatch(f -> f.ruleId().equals(ReaderChecks.UNREADABLE.id()));
        if (unreadable) {
            return USAGE_OR_READ_ERROR;
        }
        return Verdict.of(result, options.threshold(), options.maxViolations(), true).fails() ? VIOLATIONS : CLEAN;
    }

    /** The pom's suppressions, when given: the same file the build reads, so a hook accepts what the build does. */
    private static Suppressions suppressions(CliOptions options, Path base) throws IOException {
        if (options.suppressions().isEmpty()) {
            return Suppressions.NONE;
        }
        Path file = base.resolve(options.suppressions().get()).normalize();
        return Suppressions.load(file, InputCollector.display(base, file));
    }

    private static Baseline baseline(CliOptions options, Path base) throws IOException {
        if (options.baseline().isEmpty()) {
            return Baseline.NONE;
        }
        Path file = base.resolve(options.baseline().get()).normalize();
        return Baseline.load(file, InputCollector.display(base, file), true);
    }

    /** Named files are linted whatever their name (and must be models); directories are searched. */
    private static List<ModelInput> inputs(CliOptions options, Path base, BiConsumer<Path, IOException> unlistable)
            throws CliOptions.UsageException {
        Map<Path, ModelInput> inputs = new LinkedHashMap<>();
        ModelFileFinder finder = new ModelFileFinder(LintRequest.DEFAULT_INCLUDES, List.of());
        for (Path path : options.paths()) {
            Path absolute = path.toAbsolutePath().normalize();
            if (Files.isDirectory(absolute)) {
                for (Path file : finder.find(List.of(absolute), unlistable)) {
                    inputs.putIfAbsent(file, new ModelInput(file, InputCollector.display(base, file), Optional.empty(),
                            false));
                }
            } else if (Files.isRegularFile(absolute)) {
                inputs.put(absolute, new ModelInput(absolute, InputCollector.display(base, absolute), options.labels(),
                        true));
            } else {
                throw new CliOptions.UsageException("no such file or directory: " + path);
            }
        }
        return new ArrayList<>(inputs.values());
    }

    private static void report(CliOptions options, LintResult result, PrintStream out, PrintStream err)
            throws IOException {
        if (options.format().equals("text")) {
            List<String> lines = ConsoleReport.text(result, options.summary(), ConsoleReport.View.of(
                    options.verbose() ? Severity.INFO : Severity.WARNING, "--verbose"));
            ConsoleReport.nothingChecked(result, String.join(" ", options.paths().stream().map(Path::toString)
                    .toList())).ifPresent(err::println);
            if (options.output().isPresent()) {
                AtomicFile.write(options.output().get(), file -> {
                    for (String line : lines) {
                        file.write(line);
                        file.write('\n');
                    }
                });
            } else {
                lines.forEach(out::println);
            }
            return;
        }
        ReportWriter writer = options.format().equals("json") ? new JsonReportWriter() : new SarifReportWriter();
        // Paths are relative to the working directory: the base of the SARIF report.
        ReportContext context = ReportContext.forProject(ToolVersion.get(), RuleRegistry.metas(), Path.of(""));
        if (options.output().isPresent()) {
            AtomicFile.write(options.output().get(), file -> writer.write(result, context, file));
        } else {
            Writer stdout = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write(result, context, stdout);
            stdout.flush();
        }
    }
}
