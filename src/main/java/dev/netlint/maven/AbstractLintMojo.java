package dev.netlint.maven;

import dev.netlint.engine.Baseline;
import dev.netlint.engine.EngineOptions;
import dev.netlint.engine.InputCollector;
import dev.netlint.engine.LintRequest;
import dev.netlint.engine.ModelDeclaration;
import dev.netlint.engine.ModelInput;
import dev.netlint.engine.NetlintRun;
import dev.netlint.engine.Suppressions;
import dev.netlint.engine.ToolVersion;
import dev.netlint.model.LabelDeclaration;
import dev.netlint.model.LabelMode;
import dev.netlint.model.Severity;
import dev.netlint.read.dl4j.ClassAllowList;
import dev.netlint.read.ReadLimits;
import dev.netlint.report.ConsoleReport;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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

    /**
     * Directories searched for model files. Default: the module's resource directories ({@code <build><resources>},
     * {@code src/main/resources} unless the pom says otherwise), as the models ship from there.
     */
    @Parameter
    List<File> sourceDirectories;

    /**
     * Also search the module's test resource directories ({@code src/test/resources}) when no
     * {@code sourceDirectories} are set.
     */
    @Parameter(property = "netlint.includeTestResources", defaultValue = "false")
    boolean includeTestResources;

    /** The module: its resource directories, packaging and name. Absent where no project is built (unit tests). */
    @Parameter(defaultValue = "${project}", readonly = true)
    MavenProject project;

    /** The build: where it started, and what netlint's executions in its modules share. */
    @Parameter(defaultValue = "${session}", readonly = true)
    MavenSession session;

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

    /**
     * The output directory, refused when it leads out of the build directory through a link, or when another module
     * of the reactor writes there too (their reports and caches would overwrite each other).
     */
    Path output() throws MojoExecutionException {
        Path output = base().resolve(outputDirectory == null ? Path.of("target/netlint") : outputDirectory.toPath());
        Path build = buildDirectory == null ? base().resolve("target") : base().resolve(buildDirectory.toPath());
        Path checked = OutputDirectory.checked(output, build, printed(output));
        if (project != null) {
            Optional<String> other = ledger().claim(checked, project.getId());
            if (other.isPresent()) {
                throw new MojoExecutionException("netlint (" + moduleName() + "): the output directory "
                        + printed(checked) + " is also the output directory of " + other.get() + " in this build; "
                        + "each module needs its own, or their reports and caches overwrite each other. Leave "
                        + "outputDirectory at its default ${project.build.directory}/netlint (netlint:aggregate "
                        + "merges the modules' reports into one) or give every module its own directory");
            }
        }
        return checked;
    }

    /** What this build's netlint executions share; this execution's own where there is no build (unit tests). */
    BuildLedger ledger() {
        return session != null && session.getRequest() != null ? BuildLedger.of(session.getRequest())
                : new BuildLedger();
    }

    /** The module's artifact id, or the project directory's name where there is no project. */
    String moduleName() {
        return project != null && project.getArtifactId() != null ? project.getArtifactId()
                : String.valueOf(base().getFileName());
    }

    /** Who speaks in the summary line: {@code netlint (module)}, so that the modules of a reactor log apart. */
    String speaker() {
        return "netlint (" + moduleName() + ")";
    }

    /**
     * The directory the build started in, where the user stands: printed paths are relative to it, so that they open
     * from there. That is the working directory Maven was started in (the build's {@code user.dir}, also with
     * {@code -f other/pom.xml}), else the directory of the build's first pom.
     */
    Path start() {
        if (session == null) {
            return base();
        }
        String workingDirectory = session.getSystemProperties() == null ? null
                : session.getSystemProperties().getProperty("user.dir");
        if (workingDirectory != null && !workingDirectory.isBlank()) {
            return Path.of(workingDirectory).toAbsolutePath().normalize();
        }
        if (session.getExecutionRootDirectory() != null) {
            return Path.of(session.getExecutionRootDirectory()).toAbsolutePath().normalize();
        }
        return base();
    }

    /** A path as the console prints it: relative to where the build started when inside it, forward slashes. */
    String printed(Path path) {
        Path absolute = base().resolve(path).toAbsolutePath().normalize();
        Path from = start();
        return (absolute.startsWith(from) ? from.relativize(absolute) : absolute).toString().replace('\\', '/');
    }

    /**
     * Whether this module has nothing to lint by default: a {@code pom} module, or a module whose resource
     * directories hold no model file. Checked, it would only say so; the modules of a reactor without models are
     * skipped with one debug line instead of a warning each. A directory or model the user configured that holds
     * nothing is still reported by the goal.
     */
    boolean nothingToLint(LintRequest request) throws MojoExecutionException {
        boolean configured = sourceDirectories != null && !sourceDirectories.isEmpty()
                || models != null && !models.isEmpty();
        boolean pom = project != null && "pom".equals(project.getPackaging());
        if (configured && !pom) {
            return false;
        }
        List<ModelInput> inputs;
        try {
            inputs = new InputCollector().collect(request);
        } catch (IllegalArgumentException e) {
            throw configurationError(e);
        } catch (UncheckedIOException e) {
            return false; // the run says what cannot be listed
        }
        if (!inputs.isEmpty()) {
            return false;
        }
        getLog().debug(speaker() + ": no model file in " + String.join(", ", request.sourceDirectories().stream()
                .map(this::printed).toList()) + (pom ? " (pom packaging)" : "") + "; nothing to check");
        return true;
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
                ? resourceDirectories()
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

    /**
     * The module's resource directories (and test resource directories when asked), as Maven's model declares them;
     * {@code src/main/resources} where there is no project.
     */
    private List<Path> resourceDirectories() {
        Path base = base();
        if (project == null) {
            return List.of(base.resolve("src/main/resources"));
        }
        List<Resource> resources = new ArrayList<>(project.getResources());
        if (includeTestResources) {
            resources.addAll(project.getTestResources());
        }
        return resources.stream().map(Resource::getDirectory).filter(Objects::nonNull)
                .map(directory -> base.resolve(directory).normalize()).distinct().toList();
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
                        .map(this::printed).toList()) + " (includes " + String.join(", ", request.includes()) + ")")
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
