package dev.netlint.maven;

import dev.netlint.engine.Baseline;
import dev.netlint.engine.EngineOptions;
import dev.netlint.engine.LintCache;
import dev.netlint.engine.LintRequest;
import dev.netlint.engine.NetlintRun;
import dev.netlint.engine.SeverityOverrides;
import dev.netlint.engine.ToolVersion;
import dev.netlint.engine.Verdict;
import dev.netlint.model.Severity;
import dev.netlint.read.ReadLimits;
import dev.netlint.read.dl4j.ClassAllowList;
import dev.netlint.report.ConsoleReport;
import dev.netlint.report.GithubAnnotations;
import dev.netlint.report.ReportWriter;
import dev.netlint.report.SummaryTable;
import dev.netlint.report.RuleCatalog;
import dev.netlint.rule.RuleRegistry;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
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

    /** Where {@code netlint.sarif} and {@code netlint.json} are written. */
    @Parameter(property = "netlint.outputDirectory", defaultValue = "${project.build.directory}/netlint")
    File outputDirectory;

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

    /** Largest model file netlint reads, e.g. {@code 64MiB}, {@code 512KiB}; larger files are NL000. */
    @Parameter(property = "netlint.maxFileSize", defaultValue = "64MiB")
    String maxFileSize = "64MiB";

    /**
     * Packages of your own DL4J layer classes (e.g. {@code com.acme.layers}) that model files may name; the classes
     * must be on the plugin's class path (a {@code <dependency>} of the plugin). Every other class outside DL4J's
     * and ND4J's configuration packages is never loaded.
     */
    @Parameter(property = "netlint.allowedClassPrefixes")
    List<String> allowedClassPrefixes;

    /** Files linted in parallel. Default: the number of processors. */
    @Parameter(property = "netlint.threads")
    Integer threads;

    /** Seconds one file may take to read and check before netlint reports it (NL000) and moves on. */
    @Parameter(property = "netlint.timeoutPerFile", defaultValue = "60")
    int timeoutPerFile = 60;

    /**
     * Skip files unchanged since the last run: a file whose content, netlint version and effective rule
     * configuration (and read limits) are the same is not linted again, its findings are replayed from
     * {@code outputDirectory/netlint.cache}. Suppressions and the baseline are applied afresh every run.
     */
    @Parameter(property = "netlint.cache", defaultValue = "true")
    boolean cache = true;

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
        EngineOptions options;
        try {
            request = request().withBaseline(Baseline.load(baselinePath(), shown(baselinePath()),
                    baselineRequired()));
            writers = NetlintRun.writers(formats);
            options = engineOptions();
        } catch (IllegalArgumentException e) {
            throw configurationError(e);
        } catch (IOException e) {
            throw new MojoExecutionException("netlint: cannot read baseline " + shown(baselinePath()) + ": "
                    + e.getMessage(), e);
        }
        NetlintRun.Outcome outcome;
        try {
            outcome = new NetlintRun(ToolVersion.get(), options).run(request, outputDirectory.toPath(), writers,
                    cache);
        } catch (IllegalArgumentException e) {
            throw configurationError(e);
        } catch (IOException | UncheckedIOException e) {
            throw new MojoExecutionException("netlint: cannot write reports to " + outputDirectory + ": "
                    + e.getMessage(), e);
        }
        Log log = getLog();
        if (outcome.replayed() > 0) {
            log.info("netlint: " + outcome.replayed() + " of " + outcome.inputs().size() + " files unchanged since the "
                    + "last run, findings replayed from " + shown(LintCache.fileIn(outputDirectory.toPath()))
                    + " (-Dnetlint.cache=false to lint every file)");
        }
        outcome.result().skipped().forEach(skipped -> log.debug("netlint: skipped " + skipped));
        if (summary) {
            outcome.result().networks().forEach(network -> SummaryTable.lines(network).forEach(log::info));
        }
        ConsoleReport.hidden(outcome.result()).forEach(line -> log.debug("netlint: " + line));
        ConsoleReport.findings(outcome.result(), this::log);
        GithubAnnotations annotations = new GithubAnnotations(environment, base());
        if (annotations.enabled()) {
            annotations.lines(outcome.result().findings()).forEach(stdout::println);
        }
        warnWhenNothingChecked(request, outcome);
        log.info(ConsoleReport.summary(outcome.result(), outcome.reports(), this::shown));
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
                    + (outcome.reports().isEmpty() ? "" : " or " + shown(outcome.reports().get(0))));
        }
        if (verdict.violations() > 0 || verdict.readErrors() > 0) {
            log.warn("netlint: " + verdict.describe() + (failOnViolation ? "" : "; failOnViolation is false"));
        }
    }

    /**
     * DL4J, ND4J and the HDF5 reader log what they meet in a broken file (warnings, some with a stack trace); netlint
     * already says it in one line per file. Their loggers are created when netlint first reads, so their level can
     * still be set here; {@code mvn -X} leaves them alone, and so does a level the user set.
     */
    private static void quietLibraries(Log log) {
        if (log.isDebugEnabled()) {
            return;
        }
        for (String library : List.of("org.deeplearning4j", "org.nd4j", "io.jhdf")) {
            String key = "org.slf4j.simpleLogger.log." + library;
            if (System.getProperty(key) == null) {
                System.setProperty(key, "error");
            }
        }
    }

    private EngineOptions engineOptions() {
        if (threads != null && threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        if (timeoutPerFile < 1) {
            throw new IllegalArgumentException("timeoutPerFile must be at least 1 second, was " + timeoutPerFile);
        }
        Log log = getLog();
        quietLibraries(log);
        EngineOptions options = EngineOptions.defaults()
                .withLimits(ReadLimits.DEFAULTS.withMaxFileBytes(ReadLimits.parseSize(maxFileSize)))
                .withAllowedClassPrefixes(allowedClassPrefixes == null ? List.of() : allowedClassPrefixes,
                        getClass().getClassLoader())
                .withTimeoutPerFile(Duration.ofSeconds(timeoutPerFile))
                .withDebug((message, error) -> {
                    if (log.isDebugEnabled()) {
                        log.debug(message, error);
                    }
                });
        if (threads != null) {
            options = options.withThreads(threads);
        }
        // Rejects an unusable prefix (no package, a JDK package) before anything is read.
        ClassAllowList.dl4jConfiguration().withUserPrefixes(options.allowedClassPrefixes(), options.classLoader());
        return options;
    }
}
