package dev.netlint.model;

/**
 * One problem found in one file.
 *
 * @param ruleId   stable rule id, e.g. {@code NL102}
 * @param severity effective severity after the user's overrides
 * @param origin   the file (and archive entry) it is in
 * @param location where in the file
 * @param element  the layer or element concerned, by name
 * @param problem  what is wrong
 * @param cost     what it costs in training
 * @param fix      how to fix it
 */
public record Finding(String ruleId, Severity severity, Origin origin, SourceLocation location, String element,
                      String problem, String cost, String fix) {

    /**
     * Texts quote names from untrusted files: every finding is one line of printable text, whatever the file holds
     * (no line breaks or terminal escapes that could forge other lines in a CI log, no unpaired surrogate that
     * breaks a report), and a quoted name cannot blow a line up.
     */
    public Finding {
        element = Text.printable(element, 200);
        problem = Text.printable(problem, 2000);
        cost = Text.printable(cost, 1000);
        fix = Text.printable(fix, 1000);
    }

    /** A finding about a file known only by its project-relative name (the suppressions file). */
    public Finding(String ruleId, Severity severity, String file, SourceLocation location, String element,
                   String problem, String cost, String fix) {
        this(ruleId, severity, Origin.shownAs(file), location, element, problem, cost, fix);
    }

    /** The file as console lines, baselines and suppressions name it, an archive entry included; printable. */
    public String file() {
        return origin.shown();
    }

    /** The message without position and rule id: {@code element: problem; cost. Fix: fix}. */
    public String message() {
        StringBuilder text = new StringBuilder();
        if (!element.isEmpty()) {
            text.append(element).append(": ");
        }
        text.append(problem);
        if (!cost.isEmpty()) {
            text.append("; ").append(cost);
        }
        text.append('.');
        if (!fix.isEmpty()) {
            text.append(" Fix: ").append(fix);
            if (!fix.endsWith(".")) {
                text.append('.');
            }
        }
        return text.toString();
    }

    /** File, rule and JSON pointer: what identifies this finding when lines move. */
    public FindingKey key() {
        return FindingKey.of(this);
    }

    /** The console form IDEs and CI logs make clickable: {@code file:[line,col] NL102 message}. */
    public String consoleLine() {
        return file() + ":" + location.lineColumn() + " " + ruleId + " " + message();
    }
}
