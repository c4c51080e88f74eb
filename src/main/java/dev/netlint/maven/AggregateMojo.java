package dev.netlint.maven;

import dev.netlint.engine.LintResult;
import dev.netlint.engine.ToolVersion;
import dev.netlint.model.Severity;
import dev.netlint.report.AggregateReports;
import dev.netlint.report.JsonReportReader;
import dev.netlint.report.ReactorResults;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * Merges the reports {@code check} wrote in every module of the reactor into one {@code netlint.sarif} (one run,
 * paths relative to the root) and one {@code netlint.json} at the root, for GitHub code scanning, which takes one
 * upload per tool and category: {@code mvn verify netlint:aggregate}. It reads each module's {@code netlint.json} and
 * lints nothing again; the modules' {@code check} executions still decide whether the build fails.
 */
@Mojo(name = "aggregate", aggregator = true, threadSafe = true, defaultPhase = LifecyclePhase.VERIFY)
public class AggregateMojo extends AbstractMojo {

    static final String PLUGIN_KEY = "dev.netlint:netlint-maven-plugin";
    static final String MODULE_REPORT = "netlint.json";

    /** Skip the aggregate. */
    @Parameter(property = "netlint.skip", defaultValue = "false")
    boolean skip;

    /** Where the merged reports are written (the root project's). */
    @Parameter(property = "netlint.aggregateDirectory", defaultValue = "${project.build.directory}/netlint")
    File outputDirectory;

    /** Merged report formats, comma-separated: {@code sarif}, {@code json}. */
    @Parameter(property = "netlint.aggregateFormats", defaultValue = "sarif,json")
    String formats;

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    File rootDirectory;

    @Parameter(defaultValue = "${reactorProjects}", readonly = true, required = true)
    List<MavenProject> reactorProjects;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("netlint: skipped");
            return;
        }
        Path root = rootDirectory.toPath().toAbsolutePath().normalize();
        Path output = outputDirectory.toPath().toAbsolutePath().normalize();
        List<ReactorResults.Module> modules = new ArrayList<>();
        List<String> names = new ArrayList<>();
        String version = ToolVersion.get();
        Date started = session.getRequest().getStartTime();
        for (MavenProject project : reactorProjects) {
            Path base = project.getBasedir().toPath().toAbsolutePath().normalize();
            String directory = root.relativize(base).toString().replace('\\', '/');
            Path file = reportDirectory(project).resolve(MODULE_REPORT);
            if (!Files.isRegularFile(file)) {
                getLog().debug("netlint: " + project.getArtifactId() + ": no " + shown(root, file)
                        + " (no check in this module, or no model files)");
                continue;
            }
            JsonReportReader.ModuleReport report;
            try {
                report = new JsonReportReader().read(file);
            } catch (IOException e) {
                throw new MojoExecutionException("netlint: cannot merge " + shown(root, file) + ": " + e.getMessage());
            }
            if (report.aggregate()) {
                getLog().debug("netlint: " + shown(root, file) + " is an earlier aggregate, not a module's report");
                continue;
            }
            if (report.result().filesRead() == 0 && report.result().findings().isEmpty()) {
                getLog().debug("netlint: " + project.getArtifactId() + ": no model files, nothing to merge");
                continue;
            }
            warnIfStale(root, file, started);
            modules.add(new ReactorResults.Module(directory, report.result()));
            names.add(directory.isEmpty() ? "." : directory);
        }
        if (modules.isEmpty()) {
            getLog().warn("netlint: no module of the reactor has a " + MODULE_REPORT + " to merge; run check first"
                    + " (mvn verify netlint:aggregate) with json among its formats");
        }
        LintResult merged = ReactorResults.merge(modules);
        List<Path> written;
        try {
            written = new AggregateReports(version, root, names).write(merged, output, formats);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("netlint: " + e.getMessage());
        } catch (IOException e) {
            throw new MojoExecutionException("netlint: cannot write the merged reports to " + output + ": "
                    + e.getMessage(), e);
        }
        getLog().info("netlint: " + modules.size() + (modules.size() == 1 ? " module" : " modules") + " merged, "
                + merged.filesRead() + " model files: " + merged.count(Severity.ERROR) + " errors, "
                + merged.count(Severity.WARNING) + " warnings, "
                + merged.count(Severity.INFO) + " infos. Reports: "
                + String.join(", ", written.stream().map(p -> shown(root, p)).toList()));
    }

    /**
     * Where the module's {@code check} writes: its configured {@code outputDirectory} (in the plugin's configuration
     * or in an execution's), else {@code target/netlint}. The model is interpolated, so {@code ${project...}}
     * expressions are already resolved.
     */
    static Path reportDirectory(MavenProject project) {
        Path base = project.getBasedir().toPath();
        Path fallback = Path.of(project.getBuild().getDirectory()).resolve("netlint");
        Plugin plugin = project.getBuild().getPluginsAsMap().get(PLUGIN_KEY);
        if (plugin == null) {
            return fallback;
        }
        for (PluginExecution execution : plugin.getExecutions()) {
            if (execution.getGoals().contains("check") && configured(execution.getConfiguration()) != null) {
                return base.resolve(configured(execution.getConfiguration()));
            }
        }
        String configured = configured(plugin.getConfiguration());
        return configured == null ? fallback : base.resolve(configured);
    }

    private static String configured(Object configuration) {
        if (!(configuration instanceof Xpp3Dom dom) || dom.getChild("outputDirectory") == null) {
            return null;
        }
        String value = dom.getChild("outputDirectory").getValue();
        return value == null || value.isBlank() || value.contains("${") ? null : value.trim();
    }

    /** A report older than this build is from an earlier one: the module's check did not run this time. */
    private void warnIfStale(Path root, Path file, Date started) {
        try {
            if (started != null && Files.getLastModifiedTime(file).toMillis() < started.getTime()) {
                getLog().warn("netlint: " + shown(root, file) + " was written before this build started, so it may"
                        + " not match the module's models; run check in the same build (mvn verify netlint:aggregate)");
            }
        } catch (IOException e) {
            getLog().debug("netlint: cannot read the time of " + file + ": " + e.getMessage());
        }
    }

    private static String shown(Path root, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return (absolute.startsWith(root) ? root.relativize(absolute) : absolute).toString().replace('\\', '/');
    }
}
