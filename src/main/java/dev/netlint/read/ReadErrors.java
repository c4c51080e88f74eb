package dev.netlint.read;

/** Turns a library's failure into the one line a finding quotes. */
public final class ReadErrors {

    private ReadErrors() {
    }

    /** The innermost cause's message, on one line. */
    public static String describe(Throwable error) {
        Throwable root = rootCause(error);
        String message = root.getMessage();
        if (message == null || message.isBlank()) {
            message = root.getClass().getSimpleName();
        }
        return firstLine(message);
    }

    public static Throwable rootCause(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    /** The first line of {@code message}, at most 300 characters. */
    public static String firstLine(String message) {
        String line = message.strip();
        int newline = line.indexOf('\n');
        if (newline >= 0) {
            line = line.substring(0, newline).strip();
        }
        return line.length() > 300 ? line.substring(0, 297) + "..." : line;
    }
}
