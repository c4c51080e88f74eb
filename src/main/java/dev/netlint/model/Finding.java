package dev.netlint.model;

/**
 * One problem found in one file.
 *
 * @param ruleId   stable rule id, e.g. {@code NL102}
 * @param severity effective severity after the user's overrides
 * @param file     path as the user knows it (relative to the project base directory)
 * @param location where in the file
 * @param element  the layer or element concerned, by name
 * @param problem  what is wrong
 * @param cost     what it costs in training
 * @param fix      how to fix it
 */
public record Finding(String ruleId, Severity severity, String file, SourceLocation location, String element,
                      String problem, String cost, String fix) {

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
        return file + ":" + location.lineColumn() + " " + ruleId + " " + message();
    }
}
