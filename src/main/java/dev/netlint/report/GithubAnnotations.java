package dev.netlint.report;

import dev.netlint.model.Finding;
import dev.netlint.model.Origin;
import dev.netlint.model.Severity;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * GitHub Actions workflow commands ({@code ::error file=…,line=…,col=…,title=NL102::message}), which the runner turns
 * into annotations on the pull request's diff. Only when the environment says the build runs on GitHub Actions
 * ({@code GITHUB_ACTIONS=true}); the caller prints the lines to standard output, where the runner reads them.
 * The environment is passed in, so that tests decide what it holds.
 */
public final class GithubAnnotations {

    private final Function<String, String> environment;
    private final Path baseDirectory;

    /**
     * @param environment   environment variable lookup, {@code System::getenv} in a real build
     * @param baseDirectory the directory findings' paths are relative to; annotations need paths relative to the
     *                      checkout ({@code GITHUB_WORKSPACE}), which differ for a module in a subdirectory
     */
    public GithubAnnotations(Function<String, String> environment, Path baseDirectory) {
        this.environment = environment;
        this.baseDirectory = baseDirectory.toAbsolutePath().normalize();
    }

    public boolean enabled() {
        return "true".equals(environment.apply("GITHUB_ACTIONS"));
    }

    /** One command per finding, in the findings' order. */
    public List<String> lines(List<Finding> findings) {
        return findings.stream().map(this::line).toList();
    }

    /**
     * The command for one finding. A finding inside an archive annotates the archive, without a line (the lines are
     * the entry's), and names the entry in the message, as the SARIF report does.
     */
    public String line(Finding finding) {
        Origin origin = finding.origin();
        String entry = origin.entry();
        StringBuilder command = new StringBuilder("::").append(command(finding.severity()))
                .append(" file=").append(escapeProperty(workspaceRelative(origin)));
        if (entry.isEmpty() && finding.location().line() > 0) {
            command.append(",line=").append(finding.location().line());
            if (finding.location().column() > 0) {
                command.append(",col=").append(finding.location().column());
            }
        }
        command.append(",title=").append(escapeProperty(finding.ruleId()));
        String message = entry.isEmpty() ? finding.message() : entry + ": " + finding.message();
        return command.append("::").append(escapeData(message)).toString();
    }

    static String command(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
        };
    }

    /** GitHub's rule for a command's message (actions/toolkit {@code escapeData}). */
    static String escapeData(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** GitHub's rule for a command's properties (actions/toolkit {@code escapeProperty}): also : and ,. */
    static String escapeProperty(String text) {
        return escapeData(text).replace(":", "%3A").replace(",", "%2C");
    }

    /**
     * The real file relative to the checkout when the project sits inside it; as the project shows it otherwise.
     * Taken from the path, not from a printed name, so that a name with control characters still finds the file.
     */
    private String workspaceRelative(Origin origin) {
        String workspace = environment.apply("GITHUB_WORKSPACE");
        if (workspace == null || workspace.isBlank()) {
            return origin.display();
        }
        try {
            Path root = Path.of(workspace).toAbsolutePath().normalize();
            Path absolute = baseDirectory.resolve(origin.file()).normalize();
            return absolute.startsWith(root) ? root.relativize(absolute).toString().replace('\\', '/')
                    : origin.display();
        } catch (InvalidPathException e) {
            return origin.display();
        }
    }
}
