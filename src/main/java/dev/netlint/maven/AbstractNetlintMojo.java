package dev.netlint.maven;

import dev.netlint.engine.SeverityOverrides;
import dev.netlint.model.Severity;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.nio.file.Path;
import java.util.Map;

/** What every netlint goal shares: the project directory, the per-rule levels, and how lines reach the log. */
abstract class AbstractNetlintMojo extends AbstractMojo {

    /**
     * The project directory; findings and {@code <model><file>} paths are relative to it. Not required: the
     * {@code rules} goal also runs without a project, where Maven has no base directory to give.
     */
    @Parameter(defaultValue = "${project.basedir}", readonly = true)
    File baseDirectory;

    /**
     * Per-rule severity overrides: {@code <checks><NL301>off</NL301><NL102>warning</NL102></checks>}; a family by
     * wildcard, {@code <NL4xx>off</NL4xx>} (each trailing x one digit); an exact id wins over a wildcard.
     */
    @Parameter
    Map<String, String> checks;

    /** The project directory, or the working directory where there is no project. */
    Path base() {
        return (baseDirectory == null ? Path.of("") : baseDirectory.toPath()).toAbsolutePath().normalize();
    }

    /** The parsed {@code <checks>}; an unknown id, wildcard or level is a configuration error. */
    SeverityOverrides overrides() throws MojoExecutionException {
        try {
            return SeverityOverrides.parse(checks == null ? Map.of() : checks);
        } catch (IllegalArgumentException e) {
            throw configurationError(e);
        }
    }

    static MojoExecutionException configurationError(IllegalArgumentException e) {
        return new MojoExecutionException("netlint: " + e.getMessage());
    }

    /** A path as messages show it: relative to the project directory when inside it, forward slashes. */
    String shown(Path path) {
        Path absolute = base().resolve(path).toAbsolutePath().normalize();
        return (absolute.startsWith(base()) ? base().relativize(absolute) : absolute).toString().replace('\\', '/');
    }

    /** Logs a line at the Maven level of a finding's severity. */
    void log(Severity severity, String line) {
        switch (severity) {
            case ERROR -> getLog().error(line);
            case WARNING -> getLog().warn(line);
            case INFO -> getLog().info(line);
        }
    }
}
