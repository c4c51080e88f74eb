package dev.netlint.maven;

import dev.netlint.engine.Baseline;
import dev.netlint.engine.EngineOptions;
import dev.netlint.engine.LintRequest;
import dev.netlint.engine.ModelDeclaration;
import dev.netlint.engine.NetlintRun;
import dev.netlint.engine.Suppressions;
import dev.netlint.engine.ToolVersion;
import dev.netlint.model.LabelDeclaration;
import dev.netlint.model.LabelMode;
import dev.netlint.model.Severity;
import dev.netlint.read.dl4j.ClassAllowList;
import dev.netlint.read.ReadLimits;
import dev.netlint.report.ConsoleReport;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the goals that lint share: which files, what the user declares about them, which findings are accepted, how
 * the engine reads them and where output goes. One parameter set for {@code check}, {@code baseline} and every goal
 * to come: a file {@code check} refuses is refused by all of them. Maps the parameters to a {@link LintRequest} and
 * {@link EngineOptions}; {@link NetlintRun} does the rest.
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

    /** Where {@code netlint.sarif}, {@code netlint.json} and the cache are written. */
    @Parameter(property = "netlint.outputDirectory", defaultValue = "${project.build.directory}/netlint")
    File outputDirectory;

    /** The build directory: the output directory may not lead out of it through a symbolic link. */
    @Parameter(defaultValue = "${project.build.directory}", readonly = true)
    File buildDirectory;

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

    /**
     * The run these parameters describe over {@code request}, through the one run path every goal and the command
     * line share.
     *
     * @param useCache keep the up-to-date cache in the output directory (when {@code cache} is on)
     */
    NetlintRun.Outcome run(LintRequest request, boolean useCache) throws MojoExecutionException {
        EngineOptions options;
        try {
            options = engineOptions();
        } catch (IllegalArgumentException e) {
            throw configurationError(e);
        }
        Optional<Path> cacheDirectory = useCache && cache ? Optional.of(output()) : Optional.empty();
        try {
            return new NetlintRun(ToolVersion.get(), options).run(request, cacheDirectory);
        } catch (IllegalArgumentException e) {
            throw configurationError(e);
        } catch (IOException | UncheckedIOException e) {
            throw new MojoExecutionException("netlint: " + e.getMessage(), e);
        }
    }

    /** The output directory, refused when it leads out of the build directory through a link. */
    Path output() throws MojoExecutionException {
        Path output = base().resolve(outputDirectory == null ? Path.of("target/netlint") : outputDirectory.toPath());
        Path build = buildDirectory == null ? base().resolve("target") : base().resolve(buildDirectory.toPath());
        return OutputDirectory.checked(output, build, shown(output));
    }

    /** Lines reach the Maven log at the level of their severity; debug lines only with -X. */
    ConsoleReport.Console console() {
        Log log = getLog();
        return new ConsoleReport.Console() {
            @Override
            public void line(Severity severity, String text) {
                log(severity, text);
            }

            @Override
            public void debug(String text) {
                if (log.isDebugEnabled()) {
                    log.debug(text);
                }
            }
        };
    }

    private EngineOptions engineOptions() {
        if (threads != null && threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        if (timeoutPerFile < 1) {
            throw new IllegalArgumentException("timeoutPerFile must be at least 1 second, was " + timeoutPerFile);
        }
        Log log = getLog();
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
        ConsoleReport.nothingChecked(outcome.result(), String.join(", ", request.sourceDirectories().stream()
                        .map(this::shown).toList()) + " (includes " + String.join(", ", request.includes()) + ")")
                .ifPresent(getLog()::warn);
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
