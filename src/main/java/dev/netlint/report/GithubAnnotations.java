package dev.netlint.report;

import dev.netlint.model.Finding;
import dev.netlint.model.Origin;
import dev.netlint.model.Severity;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * GitHub Actions workflow commands ({@code ::error file=…,line=…,col=…,title=NL102::message}), which the runner turns
 * into annotations on the pull request's diff. By default only when the environment says the build runs on GitHub
 * Actions ({@code GITHUB_ACTIONS=true}); the caller writes the lines to the process's standard output, where the
 * runner reads them. GitHub shows few annotations per step, so they are capped, the heaviest first, and a notice
 * says so. The environment is passed in, so that tests decide what it holds.
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

    /**
     * Whether to annotate under a switch: {@code auto} (on GitHub Actions), {@code true} or {@code false}.
     *
     * @throws IllegalArgumentException for any other value
     */
    public boolean enabled(String mode) {
        String value = mode == null ? "auto" : mode.trim().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "auto", "" -> enabled();
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("annotations is '" + mode + "'; use auto, true or false");
        };
    }

    /**
     * The commands for the findings at or above {@code level}, errors first, then warnings, then notes (each in the
     * findings' order), at most {@code limit} of them.
     *
     * @param limit annotations still allowed
     */
    public Batch batch(List<Finding> findings, Severity level, int limit) {
        List<Finding> eligible = findings.stream().filter(finding -> finding.severity().atLeast(level))
                .sorted(Comparator.comparing(Finding::severity)).toList();
        int annotated = Math.max(0, Math.min(limit, eligible.size()));
        return new Batch(eligible.subList(0, annotated).stream().map(this::line).toList(),
                eligible.size() - annotated);
    }

    /**
     * The annotations of one run.
     *
     * @param lines  the workflow commands, in the order to print
     * @param capped the findings left out because the limit was reached
     */
    public record Batch(List<String> lines, int capped) {
    }

    /**
     * The notice GitHub shows once the cap is reached: how many findings were left out and where they are.
     *
     * @param speaker who left them out: {@code netlint (module)}
     */
    public static String cappedNotice(String speaker, Batch batch, int max, String where) {
        return "::notice title=netlint::" + escapeData(speaker + ": " + batch.capped() + " more finding"
                + (batch.capped() == 1 ? "" : "s") + " not annotated (maxAnnotations=" + max + ", errors first); "
                + where + " list every finding");
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
