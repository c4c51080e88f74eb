package dev.netlint.maven;

import dev.netlint.engine.LintCache;
import dev.netlint.engine.LintRequest;
import dev.netlint.engine.ModelDeclaration;
import dev.netlint.engine.NetlintRun;
import dev.netlint.engine.SeverityOverrides;
import dev.netlint.engine.ToolVersion;
import dev.netlint.engine.Verdict;
import dev.netlint.model.LabelDeclaration;
import dev.netlint.model.LabelMode;
import dev.netlint.model.Severity;
import dev.netlint.report.ConsoleReport;
import dev.netlint.report.ReportWriter;
import dev.netlint.report.SummaryTable;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Lints the project's neural-network model configurations and fails the build when a finding reaches
 * {@code violationSeverity}. Only maps parameters to the engine and its result to pass or fail.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.NONE)
public class CheckMojo extends AbstractMojo {

    /** The project directory; findings and {@code <model><file>} paths are relative to it. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File baseDirectory;

    /** Skip netlint entirely. */
    @Parameter(property = "netlint.skip", defaultValue = "false")
    private boolean skip;

    /** Directories searched for model files. Default: {@code src/main/resources}. */
    @Parameter
    private List<File> sourceDirectories;

    /** Globs of files to lint, relative to each source directory. Default: json, zip, keras, h5 and hdf5 files. */
    @Parameter
    private List<String> includes;

    /** Globs of files to leave out. */
    @Parameter
    private List<String> excludes;

    /**
     * Per-model label declarations:
     * {@code <model><file>models/eyes.json</file><labels>binary</labels><classes>2</classes></model>}.
     * {@code labels} is one of binary, categorical, sparse, multilabel, regression; {@code file} a path or glob
     * relative to the project directory; {@code <output>} names the output layer the labels belong to (default:
     * every output); {@code <inputScaling>true</inputScaling>} says training scaled the inputs outside the model. Declared files are linted even outside the source directories.
     */
    @Parameter
    private List<Model> models;

    /** Fail the build when violations exceed {@code maxAllowedViolations}. */
    @Parameter(property = "netlint.failOnViolation", defaultValue = "true")
    private boolean failOnViolation;

    /** Findings at or above this severity are violations: error, warning or info. */
    @Parameter(property = "netlint.violationSeverity", defaultValue = "error")
    private String violationSeverity;

    /** Violations tolerated before the build fails. */
    @Parameter(property = "netlint.maxAllowedViolations", defaultValue = "0")
    private int maxAllowedViolations;

    /** Where {@code netlint.sarif} and {@code netlint.json} are written. */
    @Parameter(property = "netlint.outputDirectory", defaultValue = "${project.build.directory}/netlint")
    private File outputDirectory;

    /** Report formats, comma-separated: sarif, json, or none. */
    @Parameter(property = "netlint.formats", defaultValue = "sarif,json")
    private String formats;

    /** Print a Keras-summary()-like table of every network checked (layers, output shapes, parameters). */
    @Parameter(property = "netlint.summary", defaultValue = "false")
    private boolean summary;

    /**
     * Skip files unchanged since the last run: a file whose content, netlint version and effective rule
     * configuration are the same is not linted again, its findings are replayed from
     * {@code outputDirectory/netlint.cache}.
     */
    @Parameter(property = "netlint.cache", defaultValue = "true")
    private boolean cache;

    /** Per-rule severity overrides: {@code <checks><NL301>off</NL301><NL102>warning</NL102></checks>}. */
    @Parameter
    private Map<String, String> checks;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("netlint: skipped (netlint.skip)");
            return;
        }
        Severity threshold = Severity.parse(violationSeverity).orElseThrow(() -> new MojoExecutionException(
                "netlint: unknown violationSeverity '" + violationSeverity + "'; use error, warning or info"));
        LintRequest request;
        List<ReportWriter> writers;
        try {
            request = request();
            writers = NetlintRun.writers(formats);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("netlint: " + e.getMessage());
        }
        NetlintRun.Outcome outcome;
        try {
            outcome = new NetlintRun(ToolVersion.get()).run(request, outputDirectory.toPath(), writers, cache);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("netlint: " + e.getMessage());
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
        ConsoleReport.findings(outcome.result(), this::log);
        if (outcome.result().filesRead() == 0 && outcome.result().findings().isEmpty()) {
            log.warn("netlint: no model file found in " + String.join(", ", request.sourceDirectories().stream()
                    .map(this::shown).toList()) + " (includes " + String.join(", ", request.includes())
                    + "): nothing was checked");
        }
        log.info(ConsoleReport.summary(outcome.result(), outcome.reports(), this::shown));
        Verdict verdict = Verdict.of(outcome.result(), threshold, maxAllowedViolations, failOnViolation);
        if (verdict.fails()) {
            throw new MojoFailureException("netlint: " + verdict.describe() + "; see the lines above"
                    + (outcome.reports().isEmpty() ? "" : " or " + shown(outcome.reports().get(0))));
        }
        if (verdict.violations() > 0) {
            log.warn("netlint: " + verdict.describe() + (failOnViolation ? "" : "; failOnViolation is false"));
        }
    }

    private void log(Severity severity, String line) {
        switch (severity) {
            case ERROR -> getLog().error(line);
            case WARNING -> getLog().warn(line);
            case INFO -> getLog().info(line);
        }
    }

    private String shown(Path path) {
        Path base = baseDirectory.toPath().toAbsolutePath().normalize();
        Path absolute = path.toAbsolutePath().normalize();
        return (absolute.startsWith(base) ? base.relativize(absolute) : absolute).toString().replace('\\', '/');
    }

    private LintRequest request() {
        Path base = baseDirectory.toPath().toAbsolutePath().normalize();
        List<Path> directories = sourceDirectories == null || sourceDirectories.isEmpty()
                ? List.of(base.resolve("src/main/resources"))
                : sourceDirectories.stream().map(d -> base.resolve(d.toPath()).normalize()).toList();
        List<String> include = includes == null || includes.isEmpty() ? LintRequest.DEFAULT_INCLUDES : includes;
        List<String> exclude = excludes == null ? List.of() : excludes;
        return new LintRequest(base, directories, include, exclude, declarations(),
                SeverityOverrides.parse(checks == null ? Map.of() : checks));
    }

    private List<ModelDeclaration> declarations() {
        List<ModelDeclaration> declarations = new ArrayList<>();
        if (models == null) {
            return declarations;
        }
        for (Model model : models) {
            if (model.file == null || model.file.isBlank()) {
                throw new IllegalArgumentException(model + " has no <file>; name the model file relative to the "
                        + "project directory");
            }
            boolean inputScaling = Boolean.TRUE.equals(model.inputScaling);
            if (model.labels == null && !inputScaling) {
                throw new IllegalArgumentException(model + " declares nothing; add <labels> (binary, categorical, "
                        + "sparse, multilabel or regression) and/or <inputScaling>true</inputScaling>");
            }
            Optional<LabelDeclaration> labels = Optional.empty();
            if (model.labels != null) {
                LabelMode mode = LabelMode.parse(model.labels).orElseThrow(() -> new IllegalArgumentException(
                        "unknown <labels>" + model.labels + "</labels> for " + model.file
                                + "; use binary, categorical, sparse, multilabel or regression"));
                if (model.classes != null && model.classes < 1) {
                    throw new IllegalArgumentException("<classes>" + model.classes + "</classes> for " + model.file
                            + " must be at least 1");
                }
                labels = Optional.of(new LabelDeclaration(mode,
                        model.classes == null ? OptionalInt.empty() : OptionalInt.of(model.classes),
                        Optional.ofNullable(model.output).filter(o -> !o.isBlank())));
            }
            declarations.add(new ModelDeclaration(model.file, labels, inputScaling));
        }
        return declarations;
    }
}
