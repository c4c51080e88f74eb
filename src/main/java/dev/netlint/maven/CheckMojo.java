package dev.netlint.maven;

import dev.netlint.engine.Baseline;
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
import java.nio.file.Path;
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

    /** Environment lookup; GitHub Actions annotations are printed when it says {@code GITHUB_ACTIONS=true}. */
    Function<String, String> environment = System::getenv;

    /** Where annotations go: the runner reads workflow commands from standard output, not from Maven's log. */
    PrintStream stdout = System.out;

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
        LintRequest request;
        List<ReportWriter> writers;
        try {
            request = request().withBaseline(Baseline.load(baselinePath(), shown(baselinePath()),
                    baselineRequired()));
            writers = ReportWriter.forFormats(formats);
        } catch (IllegalArgumentException e) {
            throw configurationError(e);
        } catch (IOException e) {
            throw new MojoExecutionException("netlint: cannot read baseline " + shown(baselinePath()) + ": "
                    + e.getMessage(), e);
        }
        Path output = output();
        NetlintRun.Outcome outcome = run(request, true);
        Log log = getLog();
        // Every finding is printed before any report is written: a report that cannot be written hides nothing.
        ConsoleReport.run(outcome, summary, cache ? Optional.of(LintCache.fileIn(output)) : Optional.empty(),
                this::shown, console());
        GithubAnnotations annotations = new GithubAnnotations(environment, base());
        if (annotations.enabled()) {
            annotations.lines(outcome.result().findings()).forEach(stdout::println);
        }
        ReportFiles.Outcome reports = ReportFiles.write(outcome.result(),
                ReportContext.forProject(ToolVersion.get(), RuleRegistry.metas(), base()), output, writers);
        reports.failures().forEach(failure -> log.error("netlint: cannot write report " + shown(failure.file())
                + ": " + failure.error().getMessage()));
        warnWhenNothingChecked(request, outcome);
        log.info(ConsoleReport.summary(outcome.result(), reports.written(), this::shown));
        if (request.baseline().present()) {
            int unmatched = outcome.baselineUnmatched().size();
            log.info("netlint: baseline " + shown(baselinePath()) + " lists "
                    + request.baseline().entries().size() + " known finding"
                    + (request.baseline().entries().size() == 1 ? "" : "s")
                    + (unmatched == 0 ? "" : "; " + unmatched + " of them no longer occur"
                    + (unmatched == 1 ? "s" : "") + ": run mvn netlint:baseline to drop them"));
        }
        Verdict verdict = Verdict.of(outcome.result(), threshold, maxAllowedViolations, failOnViolation,
                failOnReadError);
        if (verdict.fails()) {
            throw new MojoFailureException("netlint: " + verdict.describe() + "; see the lines above"
                    + (reports.written().isEmpty() ? "" : " or " + shown(reports.written().get(0))));
        }
        if (!reports.failures().isEmpty()) {
            ReportFiles.Failure first = reports.failures().get(0);
            throw new MojoExecutionException("netlint: cannot write report " + shown(first.file()) + ": "
                    + first.error().getMessage() + "; the findings are in the lines above", first.error());
        }
        if (verdict.violations() > 0 || verdict.readErrors() > 0) {
            log.warn("netlint: " + verdict.describe() + (failOnViolation ? "" : "; failOnViolation is false"));
        }
    }
}
