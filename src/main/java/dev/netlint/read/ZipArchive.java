package dev.netlint.read;

import dev.netlint.model.SourceLocation;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * A zip archive read the way DL4J ({@code java.util.zip.ZipFile}) and Keras (Python's {@code zipfile}) read it:
 * through its central directory. Nothing is ever written to disk, and only the entries netlint asks for are
 * inflated, each bounded by the read limits, so a zip bomb costs nothing. The directory itself is checked against
 * the limits: entry count, declared total size, compression ratio, overlapping entries (the "non-recursive zip
 * bomb" construction), and entry names that would escape an extraction directory.
 */
public final class ZipArchive {

    private static final int LOCAL_HEADER = 0x04034b50;
    private static final int CENTRAL_HEADER = 0x02014b50;
    private static final int END_OF_DIRECTORY = 0x06054b50;
    private static final int STORED = 0;
    private static final int DEFLATED = 8;
    private static final long UNKNOWN_32 = 0xFFFFFFFFL;

    /** One central directory record. Sizes are as declared, never trusted beyond the read limits. */
    record Entry(String name, int flags, int method, long compressedSize, long size, long localHeaderOffset) {

        boolean encrypted() {
            return (flags & 1) != 0;
        }
    }

    private final byte[] bytes;
    private final List<Entry> entries;

    private ZipArchive(byte[] bytes, List<Entry> entries) {
        this.bytes = bytes;
        this.entries = List.copyOf(entries);
    }

    /** A local file header signature at the start, as every zip writer puts there. */
    static boolean looksLikeZip(byte[] bytes) {
        return bytes.length >= 4 && u32(bytes, 0) == LOCAL_HEADER;
    }

    /** Entries in directory order; a name can occur twice, which no honest writer does. */
    List<Entry> entries() {
        return entries;
    }

    /** The entry a reader opening {@code name} gets: the last of that name, as Python's zipfile picks it. */
    Optional<Entry> entry(String name) {
        for (int i = entries.size() - 1; i >= 0; i--) {
            if (entries.get(i).name().equals(name)) {
                return Optional.of(entries.get(i));
            }
        }
        return Optional.empty();
    }

    static ZipArchive open(byte[] bytes, ReadLimits limits) throws ReadException {
        int end = findEndOfDirectory(bytes);
        if (end < 0) {
            throw damaged("no end-of-central-directory record (a truncated or damaged archive)");
        }
        int disk = u16(bytes, end + 4);
        int directoryDisk = u16(bytes, end + 6);
        int count = u16(bytes, end + 10);
        long directorySize = u32(bytes, end + 12);
        long directoryOffset = u32(bytes, end + 16);
        if (disk != 0 || directoryDisk != 0 || u16(bytes, end + 8) != count) {
            throw damaged("a multi-volume archive");
        }
        if (count == 0xFFFF || directoryOffset == UNKNOWN_32 || directorySize == UNKNOWN_32) {
            throw damaged("a ZIP64 archive, which no DL4J or Keras model of this size needs");
        }
        if (count > limits.maxZipEntries()) {
            throw new ReadException(SourceLocation.START_OF_FILE, "the archive lists " + count + " entries, more "
                    + "than the limit of " + limits.maxZipEntries() + "; expected a model archive with a handful");
        }
        if (directoryOffset + directorySize > end) {
            throw damaged("a central directory that points past its end");
        }
        List<Entry> entries = new ArrayList<>(count);
        int at = (int) directoryOffset;
        long declared = 0;
        for (int i = 0; i < count; i++) {
            if (at + 46 > end || u32(bytes, at) != CENTRAL_HEADER) {
                throw damaged("a central directory record " + i + " that is not one");
            }
            int flags = u16(bytes, at + 8);
            int method = u16(bytes, at + 10);
            long compressed = u32(bytes, at + 20);
            long size = u32(bytes, at + 24);
            int nameLength = u16(bytes, at + 28);
            int extraLength = u16(bytes, at + 30);
            int commentLength = u16(bytes, at + 32);
            long offset = u32(bytes, at + 42);
            if (at + 46L + nameLength + extraLength + commentLength > end) {
                throw damaged("a central directory record " + i + " that runs past the directory");
            }
            String name = new String(bytes, at + 46, nameLength,
                    (flags & 0x800) != 0 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
            checkName(name);
            Entry entry = new Entry(name, flags, method, compressed, size, offset);
            declared += size;
            if (declared > limits.maxUncompressedBytes()) {
                throw new ReadException(SourceLocation.START_OF_FILE, "the archive's entries declare more than "
                        + ReadLimits.describe(limits.maxUncompressedBytes()) + " uncompressed (a zip bomb?); "
                        + "expected a model archive below that limit");
            }
            if (size > 1024 * 1024 && size > compressed * limits.maxCompressionRatio()) {
                throw new ReadException(SourceLocation.START_OF_FILE, "entry '" + printable(name) + "' declares "
                        + ReadLimits.describe(size) + " from " + ReadLimits.describe(compressed) + " compressed, a "
                        + "ratio above " + limits.maxCompressionRatio() + ":1 that deflate cannot produce (a zip "
                        + "bomb?); expected entries written by a zip library");
            }
            entries.add(entry);
            at += 46 + nameLength + extraLength + commentLength;
        }
        ZipArchive archive = new ZipArchive(bytes, entries);
        archive.checkLayout((int) directoryOffset);
        return archive;
    }

    /**
     * The entry's bytes, inflated in memory, at most {@code maxBytes} of them. An entry that inflates to more than
     * it declares is refused, like every mismatch between the directory and the data.
     */
    byte[] read(Entry entry, long maxBytes) throws ReadException {
        String name = printable(entry.name());
        if (entry.encrypted()) {
            throw damaged("entry '" + name + "' is encrypted");
        }
        if (entry.size() > maxBytes) {
            throw new ReadException(SourceLocation.START_OF_FILE, "entry '" + name + "' declares "
                    + ReadLimits.describe(entry.size()) + ", more than the limit of " + ReadLimits.describe(maxBytes)
                    + "; expected a configuration below that size");
        }
        int start = dataStart(entry);
        if (start + entry.compressedSize() > bytes.length) {
            throw damaged("entry '" + name + "' runs past the end of the file (truncated?)");
        }
        int length = (int) entry.compressedSize();
        if (entry.method() == STORED) {
            if (entry.compressedSize() != entry.size()) {
                throw damaged("stored entry '" + name + "' with two different sizes");
            }
            return java.util.Arrays.copyOfRange(bytes, start, start + length);
        }
        if (entry.method() != DEFLATED) {
            throw damaged("entry '" + name + "' uses compression method " + entry.method()
                    + "; expected stored or deflated entries, as DL4J and Keras write them");
        }
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(bytes, start, length);
            ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(entry.size(), 1 << 20));
            byte[] buffer = new byte[64 * 1024];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw damaged("entry '" + name + "' ends before its compressed data does (truncated?)");
                }
                if (out.size() + (long) n > entry.size()) {
                    throw damaged("entry '" + name + "' inflates to more than the " + entry.size()
                            + " bytes it declares");
                }
                out.write(buffer, 0, n);
            }
            if (out.size() != entry.size()) {
                throw damaged("entry '" + name + "' inflates to " + out.size() + " bytes, not the " + entry.size()
                        + " it declares");
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw damaged("entry '" + name + "' holds invalid compressed data (" + e.getMessage() + ")");
        } finally {
            inflater.end();
        }
    }

    /** Every entry's data must lie between the start and the directory, and no two may share bytes. */
    private void checkLayout(int directoryOffset) throws ReadException {
        List<Entry> byOffset = new ArrayList<>(entries);
        byOffset.sort(Comparator.comparingLong(Entry::localHeaderOffset));
        long previousEnd = 0;
        for (Entry entry : byOffset) {
            if (entry.localHeaderOffset() < previousEnd) {
                throw new ReadException(SourceLocation.START_OF_FILE, "entry '" + printable(entry.name())
                        + "' overlaps another entry (the construction of a non-recursive zip bomb); expected "
                        + "entries written one after the other");
            }
            long end = dataStart(entry) + entry.compressedSize();
            if (end > directoryOffset) {
                throw damaged("entry '" + printable(entry.name()) + "' runs into the central directory");
            }
            previousEnd = end;
        }
    }

    private int dataStart(Entry entry) throws ReadException {
        long at = entry.localHeaderOffset();
        if (at + 30 > bytes.length || u32(bytes, (int) at) != LOCAL_HEADER) {
            throw damaged("entry '" + printable(entry.name()) + "' points at no local header");
        }
        int nameLength = u16(bytes, (int) at + 26);
        int extraLength = u16(bytes, (int) at + 28);
        long start = at + 30 + nameLength + extraLength;
        if (start > bytes.length) {
            throw damaged("entry '" + printable(entry.name()) + "' has a local header that runs past the file");
        }
        String localName = new String(bytes, (int) at + 30, nameLength,
                (u16(bytes, (int) at + 6) & 0x800) != 0 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        if (!localName.equals(entry.name())) {
            throw new ReadException(SourceLocation.START_OF_FILE, "entry '" + printable(entry.name()) + "' is "
                    + "named '" + printable(localName) + "' in its local header, so tools disagree on what the "
                    + "archive holds; expected one name per entry");
        }
        return (int) start;
    }

    /** Names an extraction could write outside its directory with, which no model archive needs. */
    private static void checkName(String name) throws ReadException {
        String slashed = name.replace('\\', '/');
        boolean absolute = slashed.startsWith("/") || slashed.matches("^[A-Za-z]:.*");
        boolean parent = ("/" + slashed + "/").contains("/../");
        boolean control = name.chars().anyMatch(c -> c < 0x20 || c == 0x7f);
        if (absolute || parent || control || name.isEmpty()) {
            throw new ReadException(SourceLocation.START_OF_FILE, "unsafe entry name '" + printable(name) + "' ("
                    + (name.isEmpty() ? "empty" : absolute ? "an absolute path" : parent ? "it climbs out with '..'"
                    : "control characters") + "); netlint never extracts archives, but expected relative names "
                    + "as DL4J and Keras write them");
        }
    }

    /**
     * The end-of-central-directory record: the last one within the last 64 KiB + 22 bytes (the archive comment can
     * be 64 KiB long), as Python's zipfile finds it.
     */
    private static int findEndOfDirectory(byte[] bytes) {
        for (int at = bytes.length - 22; at >= 0 && at >= bytes.length - 22 - 0xFFFF; at--) {
            if (u32(bytes, at) == END_OF_DIRECTORY) {
                return at;
            }
        }
        return -1;
    }

    public static String printable(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().limit(200).forEach(c -> {
            if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0)) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return text.codePointCount(0, text.length()) > 200 ? out + "..." : out.toString();
    }

    private static ReadException damaged(String what) {
        return new ReadException(SourceLocation.START_OF_FILE, "damaged zip archive: " + what
                + "; expected a zip archive as DL4J's ModelSerializer or Keras' model.save() write it");
    }

    private static int u16(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8;
    }

    private static long u32(byte[] b, int at) {
        return (b[at] & 0xffL) | (b[at + 1] & 0xffL) << 8 | (b[at + 2] & 0xffL) << 16 | (b[at + 3] & 0xffL) << 24;
    }
}
