package dev.netlint.maven;

import dev.netlint.engine.Baseline;
import dev.netlint.engine.InputCollector;
import dev.netlint.engine.LintCache;
import dev.netlint.engine.LintRequest;
import dev.netlint.engine.NetlintRun;
import dev.netlint.engine.SeverityOverrides;
import dev.netlint.engine.ToolVersion;
import dev.netlint.engine.Verdict;
import dev.netlint.model.Severity;
import dev.netlint.report.ConsoleReport;
import dev.netlint.report.GithubAnnotations;
import dev.netlint.report.ReportContext;
import dev.netlint.report.ReportFiles;
import dev.netlint.report.ReportWriter;
import dev.netlint.report.RuleCatalog;
import dev.netlint.rule.RuleRegistry;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Lints the project's neural-network model configurations and fails the build when a finding reaches
 * {@code violationSeverity}. Only maps parameters to the engine and its result to pass or fail.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.NONE)
public class CheckMojo extends AbstractLintMojo {

    /** Fail the build when violations exceed {@code maxAllowedViolations}. */
    @Parameter(property = "netlint.failOnViolation", defaultValue = "true")
    boolean failOnViolation;

    /** Findings at or above this severity are violations: error, warning or info. */
    @Parameter(property = "netlint.violationSeverity", defaultValue = "error")
    String violationSeverity;

    /** Violations tolerated before the build fails. */
    @Parameter(property = "netlint.maxAllowedViolations", defaultValue = "0")
    int maxAllowedViolations;

    /** Report formats, comma-separated: sarif, json, or none. */
    @Parameter(property = "netlint.formats", defaultValue = "sarif,json")
    String formats;

    /** Print a Keras-summary()-like table of every network checked (layers, output shapes, parameters). */
    @Parameter(property = "netlint.summary", defaultValue = "false")
    boolean summary;

    /** Also print the rule catalog (id, severity, summary, page) before checking, as the {@code rules} goal does. */
    @Parameter(property = "netlint.rules", defaultValue = "false")
    boolean printRules;

    /**
     * The lightest severity printed on the console: {@code error}, {@code warning} (errors and warnings, the default)
     * or {@code info}. Lighter findings are in the reports only (and in the debug log).
     */
    @Parameter(property = "netlint.consoleLevel", defaultValue = "warning")
    String consoleLevel = "warning";

    /** Print the notes (info findings) too: {@code -Dnetlint.verbose}, the same as {@code consoleLevel} info. */
    @Parameter(property = "netlint.verbose", defaultValue = "false")
    boolean verbose;

    /**
     * GitHub Actions annotations: {@code auto} (when {@code GITHUB_ACTIONS=true}), {@code true} or {@code false}.
     * They are written to the process's standard output, so they reach GitHub under Maven 3 and 4.
     */
    @Parameter(property = "netlint.annotations", defaultValue = "auto")
    String annotations = "auto";

    /** The most GitHub annotations one module writes, errors first, then a notice; {@code 0} writes none. */
    @Parameter(property = "netlint.maxAnnotations", defaultValue = "50")
    int maxAnnotations = 50;

    /** Environment lookup; GitHub Actions annotations are printed when it says {@code GITHUB_ACTIONS=true}. */
    Function<String, String> environment = System::getenv;

    /** The IDE's incremental build context, looked up by name (tests name a stand-in). */
    String ideContextClass = IdeBuild.THREAD_CONTEXT;

    /** Where annotations go: the runner reads workflow commands from the process's standard output. */
    PrintStream stdout = Annotator.processStdout();

    /** Fail the build when a model file cannot be read (NL000), whatever the other settings say. */
    @Parameter(property = "netlint.failOnReadError", defaultValue = "true")
    boolean failOnReadError = true;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("netlint: skipped (netlint.skip)");
            return;
        }
        if (printRules) {
            SeverityOverrides overrides = overrides();
            RuleCatalog.lines(RuleRegistry.metas(), overrides::effective).forEach(getLog()::info);
        }
        Severity threshold = Severity.parse(violationSeverity).orElseThrow(() -> new MojoExecutionException(
                "netlint: unknown violationSeverity '" + violationSeverity + "'; use error, warning or info"));
        Severity level = verbose ? Severity.INFO : Severity.parse(consoleLevel).orElseThrow(() ->
                new MojoExecutionException("netlint: unknown consoleLevel '" + consoleLevel
                        + "'; use error, warning or info"));
        if (maxAnnotations < 0) {
            throw new MojoExecutionException("netlint: maxAnnotations must be at least 0, was " + maxAnnotations);
        }
        GithubAnnotations github = new GithubAnnotations(environment, base());
        boolean annotate;
        LintRequest request;
        List<ReportWriter> writers;
        try {
            annotate = github.enabled(annotations) && maxAnnotations > 0;
            request = request().withBaseline(Baseline.load(baselinePath(), shown(baselinePath()),
                    baselineRequired()));
            writers = ReportWriter.forFormats(formats);
        } catch (IllegalArgumentException e) {
            throw configurationError(e);
        } catch (IOException e) {
            throw new MojoExecutionException("netlint: cannot read baseline " + printed(baselinePath()) + ": "
                    + e.getMessage(), e);
        }
        if (nothingToLint(request) || unchangedInTheIde(request)) {
            return;
        }
        Path output = output();
        NetlintRun.Outcome outcome = run(request, true);
        Log log = getLog();
        ConsoleReport.View view = ConsoleReport.View.of(level, "-Dnetlint.verbose").from(start(), base());
        // Every finding is printed before any report is written: a report that cannot be written hides nothing.
        ConsoleReport.run(outcome, summary, cache ? Optional.of(LintCache.fileIn(output)) : Optional.empty(),
                this::printed, view, console());
        if (annotate) {
            new Annotator(github, maxAnnotations, speaker())
                    .annotate(outcome.result().findings(), level, "the build log and the netlint.sarif reports",
                            stdout);
        }
        ReportFiles.Outcome reports = ReportFiles.write(outcome.result(),
                ReportContext.forProject(ToolVersion.get(), RuleRegistry.metas(), base()), output, writers);
        reports.failures().forEach(failure -> log.error(speaker() + ": cannot write report "
                + printed(failure.file()) + ": " + failure.error().getMessage()));
        warnWhenNothingChecked(request, outcome);
        log.info(ConsoleReport.summary(speaker(), outcome.result(), view,
                reports.written().stream().map(this::printed).toList()));
        if (request.baseline().present()) {
            int unmatched = outcome.baselineUnmatched().size();
            String line = speaker() + ": baseline " + printed(baselinePath()) + " lists "
                    + request.baseline().entries().size() + " known finding"
                    + (request.baseline().entries().size() == 1 ? "" : "s")
                    + (unmatched == 0 ? "" : "; " + unmatched + " of them no longer occur"
                    + (unmatched == 1 ? "s" : "") + ": run mvn netlint:baseline to drop them");
            if (unmatched == 0) {
                log.debug(line);
            } else {
                log.info(line);
            }
        }
        Verdict verdict = Verdict.of(outcome.result(), threshold, maxAllowedViolations, failOnViolation,
                failOnReadError);
        if (verdict.fails()) {
            throw new MojoFailureException(speaker() + ": " + verdict.describe() + "; see the lines above"
                    + (reports.written().isEmpty() ? "" : " or " + printed(reports.written().get(0))));
        }
        if (!reports.failures().isEmpty()) {
            ReportFiles.Failure first = reports.failures().get(0);
            throw new MojoExecutionException(speaker() + ": cannot write report " + printed(first.file()) + ": "
                    + first.error().getMessage() + "; the findings are in the lines above", first.error());
        }
        if (verdict.violations() > 0 || verdict.readErrors() > 0) {
            log.warn(speaker() + ": " + verdict.describe() + (failOnViolation ? "" : "; failOnViolation is false"));
        }
    }

    /**
     * In an IDE's incremental build, true when no file the check reads changed since the last build: the markers
     * of the last run still hold.
     */
    private boolean unchangedInTheIde(LintRequest request) throws MojoExecutionException {
        Optional<IdeBuild> ide = IdeBuild.current(getClass().getClassLoader(), ideContextClass);
        if (ide.isEmpty()) {
            return false;
        }
        List<Path> read = new ArrayList<>(request.sourceDirectories());
        try {
            new InputCollector().collect(request).forEach(input -> read.add(input.path()));
        } catch (IllegalArgumentException e) {
            throw configurationError(e);
        } catch (UncheckedIOException e) {
            return false;
        }
        read.add(baselinePath());
        if (suppressionsLocation != null) {
            read.add(base().resolve(suppressionsLocation.toPath()));
        }
        read.add(base().resolve("pom.xml"));
        if (ide.get().changed(read)) {
            return false;
        }
        getLog().debug(speaker() + ": no model file changed since the last incremental build; nothing to check");
        return true;
    }
}
