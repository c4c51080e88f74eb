package dev.netlint.engine;

/**
 * Text from the user's suppressions or baseline file as a message may quote it: on one line, control characters and
 * unpaired surrogates escaped, cut at 200 characters. These files can come with a pull request, and a value holding
 * a line break would otherwise print a forged line into the build log.
 */
final class ConfigText {

    private static final int SHOWN = 200;

    private ConfigText() {
    }

    static String quote(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder("'");
        int shown = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (shown++ == SHOWN) {
                out.append("...");
                break;
            }
            boolean pairedHigh = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (pairedHigh) {
                out.append(c).append(text.charAt(++i));
            } else if (Character.isISOControl(c) || Character.isSurrogate(c) || c == '\u2028' || c == '\u2029') {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('\'').toString();
    }

    /** True when the text holds a character a one-line value has no use for. */
    static boolean hasControl(String text) {
        return text.chars().anyMatch(c -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029');
    }
}
