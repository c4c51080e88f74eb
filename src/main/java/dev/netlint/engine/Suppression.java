package dev.netlint.engine;

import dev.netlint.model.Finding;
import dev.netlint.model.Origin;
import dev.netlint.model.SourceLocation;
import dev.netlint.rule.file.ReaderChecks;

import java.util.Optional;

/**
 * One entry of the suppressions file: findings of {@code rule} in files matching {@code file}, on {@code element}
 * when given, are accepted for {@code reason}.
 */
public final class Suppression {

    private final int index;
    private final String file;
    private final PathGlob glob;
    private final RuleIdPattern rule;
    private final Optional<String> element;
    private final String reason;
    private final String source;
    private final SourceLocation location;

    /**
     * @param index    1-based position of the entry in its file, as messages name it
     * @param file     glob relative to the project directory, forward slashes ({@code **}, {@code *}, {@code ?});
     *                 a finding inside an archive is matched by the archive's path
     * @param rule     rule id or family wildcard
     * @param element  a layer name, or a JSON pointer (starts with {@code /}) that matches the element and everything
     *                 below it; empty for every element of the file
     * @param reason   why the finding is acceptable; required
     * @param source   the suppressions file, as findings name files
     * @param location where the entry starts in the suppressions file
     * @throws IllegalArgumentException when {@code file} is no glob, saying what is wrong in it
     */
    public Suppression(int index, String file, RuleIdPattern rule, Optional<String> element, String reason,
                       String source, SourceLocation location) {
        this.index = index;
        this.file = file;
        this.glob = PathGlob.of(stripDot(file));
        this.rule = rule;
        this.element = element;
        this.reason = reason;
        this.source = source;
        this.location = location;
    }

    public int index() {
        return index;
    }

    public String file() {
        return file;
    }

    public RuleIdPattern rule() {
        return rule;
    }

    public Optional<String> element() {
        return element;
    }

    public String reason() {
        return reason;
    }

    public String source() {
        return source;
    }

    public SourceLocation location() {
        return location;
    }

    /** Never an unreadable model file (NL000): no wildcard may hide a file nobody checked. */
    public boolean matches(Finding finding) {
        return !finding.ruleId().equals(ReaderChecks.UNREADABLE.id()) && rule.matches(finding.ruleId())
                && fileMatches(finding.origin()) && elementMatches(finding);
    }

    /** The entry in one line: {@code rule NL102, file models/*.json, element output}. */
    public String describe() {
        return "rule " + rule.text() + ", file " + file + element.map(e -> ", element " + e).orElse("");
    }

    /** The file as findings name it, or for an archive's entry also the archive itself. */
    private boolean fileMatches(Origin origin) {
        return glob.matches(stripDot(origin.shown()))
                || !origin.entry().isEmpty() && glob.matches(stripDot(origin.wholeFile().shown()));
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
