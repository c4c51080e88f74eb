package dev.netlint.maven;

import dev.netlint.engine.Baseline;
import dev.netlint.engine.LintRequest;
import dev.netlint.engine.LintResult;
import dev.netlint.engine.ModelDeclaration;
import dev.netlint.engine.NetlintRun;
import dev.netlint.engine.Suppressed;
import dev.netlint.engine.Suppressions;
import dev.netlint.model.LabelDeclaration;
import dev.netlint.model.LabelMode;
import dev.netlint.rule.file.ReaderChecks;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;

/**
 * What the goals that lint share: which files, what the user declares about them, which findings are accepted.
 * Maps those parameters to a {@link LintRequest}; the engine does the rest.
 */
abstract class AbstractLintMojo extends AbstractNetlintMojo {

    /** Skip netlint entirely. */
    @Parameter(property = "netlint.skip", defaultValue = "false")
    boolean skip;

    /** Directories searched for model files. Default: {@code src/main/resources}. */
    @Parameter
    List<File> sourceDirectories;

    /** Globs of files to lint, relative to each source directory. Default: json, zip, keras, h5 and hdf5 files. */
    @Parameter
    List<String> includes;

    /** Globs of files to leave out. */
    @Parameter
    List<String> excludes;

    /**
     * Per-model label declarations:
     * {@code <model><file>models/eyes.json</file><labels>binary</labels><classes>2</classes></model>}.
     * {@code labels} is one of binary, categorical, sparse, multilabel, regression; {@code file} a path or glob
     * relative to the project directory; {@code <output>} names the output layer the labels belong to (default:
     * every output); {@code <inputScaling>true</inputScaling>} says training scaled the inputs outside the model.
     * Declared files are linted even outside the source directories.
     */
    @Parameter
    List<Model> models;

    /**
     * A suppressions file (XML or JSON, relative to the project directory): findings accepted on purpose, each
     * entry a file glob, a rule id, optionally an element (layer name or JSON pointer), and a required reason.
     * An entry that matches no finding is reported as NL004.
     */
    @Parameter(property = "netlint.suppressionsLocation")
    File suppressionsLocation;

    /**
     * The baseline file: findings accepted as known debt. The {@code baseline} goal writes it; {@code check} counts
     * only findings not in it. {@code check} reads the default file when it exists and goes without a baseline when
     * it does not; a file configured elsewhere must exist.
     */
    @Parameter(property = "netlint.baselineFile", defaultValue = "${project.basedir}/" + Baseline.DEFAULT_FILE_NAME)
    File baselineFile;

    /** The run these parameters describe, with suppressions and without a baseline. */
    LintRequest request() throws MojoExecutionException {
        Path base = base();
        List<Path> directories = sourceDirectories == null || sourceDirectories.isEmpty()
                ? List.of(base.resolve("src/main/resources"))
                : sourceDirectories.stream().map(d -> base.resolve(d.toPath()).normalize()).toList();
        List<String> include = includes == null || includes.isEmpty() ? LintRequest.DEFAULT_INCLUDES : includes;
        List<String> exclude = excludes == null ? List.of() : excludes;
        try {
            return new LintRequest(base, directories, include, exclude, declarations(), overrides(), suppressions(),
                    Baseline.NONE);
        } catch (IllegalArgumentException e) {
            throw configurationError(e);
        }
    }

    /** Where the baseline is, and whether it must exist (true unless it is the default file). */
    Path baselinePath() {
        return base().resolve(baselineFile == null ? Path.of(Baseline.DEFAULT_FILE_NAME) : baselineFile.toPath())
                .normalize();
    }

    boolean baselineRequired() {
        return !baselinePath().equals(base().resolve(Baseline.DEFAULT_FILE_NAME));
    }

    /** Warns when nothing was read: a linter that silently checks nothing is a trap. */
    void warnWhenNothingChecked(LintRequest request, NetlintRun.Outcome outcome) {
        LintResult result = outcome.result();
        // An unreadable file is a finding about a model; a stale suppression is not.
        boolean modelFindings = Stream.of(result.findings().stream(), result.baselined().stream(),
                        result.suppressed().stream().map(Suppressed::finding))
                .flatMap(findings -> findings)
                .anyMatch(finding -> !finding.ruleId().equals(ReaderChecks.STALE_SUPPRESSION.id()));
        if (result.filesRead() == 0 && !modelFindings) {
            getLog().warn("netlint: no model file found in " + String.join(", ", request.sourceDirectories().stream()
                    .map(this::shown).toList()) + " (includes " + String.join(", ", request.includes())
                    + "): nothing was checked");
        }
    }

    private Suppressions suppressions() {
        if (suppressionsLocation == null) {
            return Suppressions.NONE;
        }
        Path file = base().resolve(suppressionsLocation.toPath()).normalize();
        try {
            return Suppressions.load(file, shown(file));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read suppressions file " + shown(file) + ": " + e.getMessage(),
                    e);
        }
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
