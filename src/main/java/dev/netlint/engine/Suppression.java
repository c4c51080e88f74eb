package dev.netlint.engine;

import dev.netlint.model.Finding;
import dev.netlint.model.SourceLocation;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.Optional;

/**
 * One entry of the suppressions file: findings of {@code rule} in files matching {@code file}, on {@code element}
 * when given, are accepted for {@code reason}.
 *
 * @param index    1-based position of the entry in its file, as messages name it
 * @param file     glob relative to the project directory, forward slashes ({@code **}, {@code *}, {@code ?});
 *                 a finding inside an archive is matched by the archive's path
 * @param rule     rule id or family wildcard
 * @param element  a layer name, or a JSON pointer (starts with {@code /}) that matches the element and everything
 *                 below it; empty for every element of the file
 * @param reason   why the finding is acceptable; required
 * @param source   the suppressions file, as findings name files
 * @param location where the entry starts in the suppressions file
 */
public record Suppression(int index, String file, RuleIdPattern rule, Optional<String> element, String reason,
                          String source, SourceLocation location) {

    private static final String ARCHIVE_SEPARATOR = "!/";

    public boolean matches(Finding finding) {
        return rule.matches(finding.ruleId()) && fileMatches(finding.file()) && elementMatches(finding);
    }

    /** The entry in one line: {@code rule NL102, file models/*.json, element output}. */
    public String describe() {
        return "rule " + rule.text() + ", file " + file + element.map(e -> ", element " + e).orElse("");
    }

    private boolean fileMatches(String findingFile) {
        String shown = findingFile.replace('\\', '/');
        int separator = shown.indexOf(ARCHIVE_SEPARATOR);
        List<PathMatcher> matchers = ModelFileFinder.matchers(List.of(stripDot(file)));
        return matches(matchers, shown) || separator >= 0 && matches(matchers, shown.substring(0, separator));
    }

    private static boolean matches(List<PathMatcher> matchers, String file) {
        try {
            Path path = Path.of(stripDot(file));
            return matchers.stream().anyMatch(m -> m.matches(path));
        } catch (InvalidPathException e) {
            return false; // a name this file system cannot hold is no file a glob can mean
        }
    }

    private boolean elementMatches(Finding finding) {
        if (element.isEmpty()) {
            return true;
        }
        String wanted = element.get();
        if (wanted.startsWith("/")) {
            String pointer = finding.location().pointer();
            return pointer.equals(wanted) || pointer.startsWith(wanted + "/");
        }
        return finding.element().equals(wanted);
    }

    private static String stripDot(String path) {
        return path.startsWith("./") ? path.substring(2) : path;
    }
}
