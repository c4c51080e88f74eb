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

    /**
     * Texts quote names from untrusted files: every finding is one line of printable text, whatever the file holds
     * (no line breaks or terminal escapes that could forge other lines in a CI log), and a quoted name cannot
     * blow a line up.
     */
    public Finding {
        file = oneLine(file, 1000);
        element = oneLine(element, 200);
        problem = oneLine(problem, 2000);
        cost = oneLine(cost, 1000);
        fix = oneLine(fix, 1000);
    }

    static String oneLine(String text, int max) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), max + 16));
        int i = 0;
        for (; i < text.length() && out.length() < max; i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7f || c >= 0x80 && c < 0xa0 || c == 0x2028 || c == 0x2029) {
                out.append(switch (c) {
                    case '\n' -> "\\n";
                    case '\r' -> "\\r";
                    case '\t' -> "\\t";
                    default -> String.format("\\u%04x", (int) c);
                });
            } else {
                out.append(c);
            }
        }
        return i < text.length() ? out + "..." : out.toString();
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
        return file + ":" + location.lineColumn() + " " + ruleId + " " + message();
    }
}
