package dev.netlint.read;

import com.fasterxml.jackson.core.StreamReadConstraints;

/**
 * What reading one model file may cost. Model files come from pull requests, so every one of these bounds a hostile
 * file's effect on the build; a file that exceeds one is reported as unreadable (NL000) with the limit it hit.
 *
 * @param maxFileBytes          largest model file read at all, and largest configuration entry inflated from an
 *                              archive
 * @param maxZipEntries         most entries an archive may list
 * @param maxUncompressedBytes  most bytes all entries of an archive may declare together (a zip bomb declares more)
 * @param maxCompressionRatio   highest ratio of an archive entry's declared size to its compressed size; deflate
 *                              cannot exceed about 1032:1, so a higher ratio is a forged or overlapping entry
 * @param maxNestingDepth       deepest nesting of JSON arrays and objects (real configurations stay below 15)
 * @param maxStringLength       longest JSON string, in characters
 * @param maxNumberLength       longest JSON number literal, in characters (long literals make parsing quadratic)
 * @param maxNameLength         longest JSON member name, in characters
 */
public record ReadLimits(long maxFileBytes, int maxZipEntries, long maxUncompressedBytes, int maxCompressionRatio,
                         int maxNestingDepth, int maxStringLength, int maxNumberLength, int maxNameLength) {

    public static final long MIB = 1024L * 1024;

    /** Java arrays stop just short of 2 GiB; a file must fit in one. */
    public static final long LARGEST_FILE = Integer.MAX_VALUE - 64;

    public static final ReadLimits DEFAULTS = new ReadLimits(64 * MIB, 10_000, 1024 * MIB, 1100, 200,
            16 * 1024 * 1024, 100, 10_000);

    public ReadLimits {
        if (maxFileBytes < 1 || maxFileBytes > LARGEST_FILE) {
            throw new IllegalArgumentException("the file size limit must be between 1 byte and "
                    + LARGEST_FILE / MIB + " MiB, was " + maxFileBytes + " bytes");
        }
        if (maxZipEntries < 1 || maxUncompressedBytes < 1 || maxCompressionRatio < 1 || maxNestingDepth < 1
                || maxStringLength < 1 || maxNumberLength < 1 || maxNameLength < 1) {
            throw new IllegalArgumentException("read limits must be positive");
        }
    }

    public ReadLimits withMaxFileBytes(long bytes) {
        return new ReadLimits(bytes, maxZipEntries, maxUncompressedBytes, maxCompressionRatio, maxNestingDepth,
                maxStringLength, maxNumberLength, maxNameLength);
    }

    /**
     * Most JSON tokens in one document: {@code maxFileBytes / 64}, at least 100,000. A JSON tree costs some 100 bytes
     * a value, so this bounds the memory a configuration's tree takes to about {@code 1.5 x maxFileBytes} however it
     * was packed (a 62 KiB .keras whose config.json inflates to 63 MiB of empty arrays, a file of nothing but
     * brackets); the largest real configuration seen, 725 KB, has about 60,000.
     */
    public long maxJsonTokens() {
        return Math.max(100_000, maxFileBytes / 64);
    }

    /** The JSON parser's share of these limits. */
    StreamReadConstraints streamReadConstraints() {
        return StreamReadConstraints.builder()
                .maxTokenCount(maxJsonTokens())
                .maxNestingDepth(maxNestingDepth)
                .maxStringLength(maxStringLength)
                .maxNumberLength(maxNumberLength)
                .maxNameLength(maxNameLength)
                .maxDocumentLength(maxFileBytes)
                .build();
    }

    /**
     * Parses a size such as {@code 64MiB}, {@code 512KiB}, {@code 1GiB}, {@code 64m} or a plain number of bytes.
     *
     * @throws IllegalArgumentException with the accepted forms when the text is none of them
     */
    public static long parseSize(String text) {
        String t = text == null ? "" : text.trim().replace("_", "");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)(\\d+)\\s*(b|k|kb|kib|m|mb|mib|g|gb|gib)?")
                .matcher(t);
        if (!m.matches()) {
            throw new IllegalArgumentException("cannot read the size '" + text + "'; write a number of bytes or a "
                    + "number with KiB, MiB or GiB, e.g. 64MiB");
        }
        long unit = switch (m.group(2) == null ? "b" : m.group(2).toLowerCase(java.util.Locale.ROOT)) {
            case "k", "kb", "kib" -> 1024L;
            case "m", "mb", "mib" -> MIB;
            case "g", "gb", "gib" -> 1024L * MIB;
            default -> 1L;
        };
        try {
            return Math.multiplyExact(Long.parseLong(m.group(1)), unit);
        } catch (ArithmeticException | NumberFormatException e) {
            throw new IllegalArgumentException("the size '" + text + "' is too large");
        }
    }

    /** A size for messages: {@code 64 MiB}, {@code 1.5 KiB}, {@code 300 bytes}. */
    public static String describe(long bytes) {
        if (bytes >= MIB && bytes % (MIB / 10) == 0 || bytes >= 10 * MIB) {
            return trim(bytes / (double) MIB) + " MiB";
        }
        if (bytes >= 1024) {
            return trim(bytes / 1024.0) + " KiB";
        }
        return bytes + " bytes";
    }

    private static String trim(double value) {
        String text = String.format(java.util.Locale.ROOT, "%.1f", value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }
}
