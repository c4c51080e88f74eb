package dev.netlint.read;

import dev.netlint.model.SourceLocation;

/**
 * Refuses JSON text in UTF-8 that is not valid UTF-8. Decoders differ on invalid bytes: Jackson reads an overlong
 * form ({@code C0 AE}) or an encoded surrogate as a character, Java's {@code new String(bytes, UTF_8)} (the text DL4J
 * is handed) turns it into U+FFFD, Python's {@code json} (Keras) refuses it. A layer name that is one thing to netlint
 * and another to the loader would let a check be walked around, so such a file is not read at all.
 */
final class Utf8Validity {

    private Utf8Validity() {
    }

    /**
     * Checks {@code bytes} when they are UTF-8 text (with or without a byte order mark); UTF-16 and UTF-32, which
     * JSON parsers tell by their zero bytes, are left to the parser.
     *
     * @throws ReadException naming the line, column and byte of the first invalid sequence
     */
    static void check(byte[] bytes) throws ReadException {
        int start = startOfUtf8Text(bytes);
        if (start < 0) {
            return;
        }
        int i = start;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                i++;
                continue;
            }
            int length = sequenceLength(bytes, i);
            if (length == 0) {
                throw invalid(bytes, start, i);
            }
            i += length;
        }
    }

    /** Where the text starts (after a UTF-8 byte order mark), or -1 when the bytes look like UTF-16 or UTF-32. */
    private static int startOfUtf8Text(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        for (int i = start; i < Math.min(bytes.length, start + 4); i++) {
            if (bytes[i] == 0 || (bytes[i] & 0xFF) >= 0xFE) {
                return -1;
            }
        }
        return start;
    }

    /**
     * The length of the well-formed multi-byte sequence at {@code i} (Unicode's table 3-7: no overlong form, no
     * surrogate, nothing above U+10FFFF), or 0 when it is not one.
     */
    private static int sequenceLength(byte[] bytes, int i) {
        int b = bytes[i] & 0xFF;
        int length;
        int low = 0x80;
        int high = 0xBF;
        if (b >= 0xC2 && b <= 0xDF) {
            length = 2;
        } else if (b >= 0xE0 && b <= 0xEF) {
            length = 3;
            low = b == 0xE0 ? 0xA0 : 0x80;
            high = b == 0xED ? 0x9F : 0xBF;
        } else if (b >= 0xF0 && b <= 0xF4) {
            length = 4;
            low = b == 0xF0 ? 0x90 : 0x80;
            high = b == 0xF4 ? 0x8F : 0xBF;
        } else {
            return 0;
        }
        if (i + length > bytes.length) {
            return 0;
        }
        for (int k = 1; k < length; k++) {
            int c = bytes[i + k] & 0xFF;
            if (k == 1 ? c < low || c > high : c < 0x80 || c > 0xBF) {
                return 0;
            }
        }
        return length;
    }

    private static ReadException invalid(byte[] bytes, int start, int at) {
        int line = 1;
        int lineStart = start;
        for (int i = start; i < at; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column = 1;
        for (int i = lineStart; i < at; i++) {
            if ((bytes[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        StringBuilder shown = new StringBuilder();
        for (int i = at; i < Math.min(bytes.length, at + 4); i++) {
            shown.append(shown.length() == 0 ? "" : " ").append(String.format("%02X", bytes[i] & 0xFF));
        }
        return new ReadException(new SourceLocation(line, column, ""), "invalid UTF-8 at byte " + at + " ("
                + shown + "); expected one JSON document in valid UTF-8 (no overlong form, encoded surrogate or stray "
                + "byte, which loaders decode differently), UTF-16 or UTF-32");
    }
}
