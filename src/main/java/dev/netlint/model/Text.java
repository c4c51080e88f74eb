package dev.netlint.model;

/**
 * The one place text read from a file becomes printable: every quoted name, message and archive entry passes here
 * once, so that no report, log line or annotation meets a line break, a terminal escape or a character an encoder
 * refuses (an unpaired UTF-16 surrogate makes a UTF-8 writer fail, and with it the whole report).
 */
public final class Text {

    private Text() {
    }

    /**
     * {@code text} as one line of printable characters: controls (C0, DEL, C1, line and paragraph separators) and
     * unpaired surrogates as Java escapes ({@code \n}, {@code \u001b}, {@code \ud800}), cut to about {@code max}
     * characters with {@code ...}. Null is the empty string.
     */
    public static String printable(String text, int max) {
        if (text == null) {
            return "";
        }
        if (isPrintable(text, max)) {
            return text;
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), max + 16));
        int i = 0;
        for (; i < text.length() && out.length() < max; i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (needsEscape(c)) {
                out.append(switch (c) {
                    case '\n' -> "\\n";
                    case '\r' -> "\\r";
                    case '\t' -> "\\t";
                    default -> "\\u" + hex(c);
                });
            } else {
                out.append(c);
            }
        }
        return i < text.length() ? out + "..." : out.toString();
    }

    /** True when {@code text} holds a character that {@link #printable} would escape. */
    public static boolean hasControl(String text) {
        return !isPrintable(text, Integer.MAX_VALUE);
    }

    private static boolean isPrintable(String text, int max) {
        if (text.length() > max) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (needsEscape(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean needsEscape(char c) {
        return c < 0x20 || c == 0x7f || c >= 0x80 && c < 0xa0 || c == 0x2028 || c == 0x2029
                || Character.isSurrogate(c);
    }

    private static String hex(char c) {
        String digits = Integer.toHexString(c);
        return "0000".substring(digits.length()) + digits;
    }
}
