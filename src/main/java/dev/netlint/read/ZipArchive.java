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
 * A zip archive read only when every loader would read the same thing from it. DL4J's {@code ModelSerializer} reads
 * the local headers in file order with {@code ZipInputStream} ({@link ZipStreamView}); Java's {@code ZipFile} and
 * Python's {@code zipfile} (Keras) read the central directory that ends where the end record starts. An archive
 * whose local headers, central directory and end record disagree in any way (an entry listed in one and not the
 * other, a directory not where the end record's offset says, bytes between entries, a comment that does not reach
 * the end of the file, several end records, a name listed twice, header fields that differ) is refused, naming the
 * disagreement; otherwise the entry netlint reads is the one each loader would read. Nothing is ever written to
 * disk; entries are inflated in memory, bounded by the read limits: entry count, declared and inflated total size,
 * compression ratio, overlapping entries (the "non-recursive zip bomb"), and names that would escape an extraction
 * directory.
 */
public final class ZipArchive {

    private static final int LOCAL_HEADER = 0x04034b50;
    private static final int CENTRAL_HEADER = 0x02014b50;
    private static final int END_OF_DIRECTORY = 0x06054b50;
    private static final int DATA_DESCRIPTOR = 0x08074b50;
    private static final int END_RECORD_SIZE = 22;
    /** Flag bits every reader must agree on: encrypted, sizes in a data descriptor, UTF-8 name. */
    private static final int AGREED_FLAGS = 0x1 | 0x8 | 0x800;
    private static final int STORED = 0;
    private static final int DEFLATED = 8;
    private static final long UNKNOWN_32 = 0xFFFFFFFFL;

    /** One central directory record. Sizes are as declared, never trusted beyond the read limits. */
    record Entry(String name, int flags, int method, long crc, long compressedSize, long size,
                 long localHeaderOffset) {

        boolean encrypted() {
            return (flags & 1) != 0;
        }

        boolean sizesInDescriptor() {
            return (flags & 0x8) != 0;
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

    /** Entries in directory order, each name once. */
    List<Entry> entries() {
        return entries;
    }

    /** Whether the archive holds an entry of that name. */
    public boolean has(String name) {
        return entry(name).isPresent();
    }

    /** The entry every loader opening {@code name} gets (names are unique, or the archive was refused). */
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
        int archiveComment = u16(bytes, end + 20);
        if (end + END_RECORD_SIZE + archiveComment != bytes.length) {
            throw disagreeing("the end record's comment (" + archiveComment + " bytes) does not reach the end of the "
                    + "file (" + (bytes.length - end - END_RECORD_SIZE) + " bytes follow the record), so readers "
                    + "searching for the end record can take different ones");
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
        if (directorySize > end) {
            throw damaged("a central directory larger than the file before its end record");
        }
        if (directoryOffset + directorySize != end) {
            // Java's ZipFile and Python's zipfile take the directory that ends at the end record and shift every
            // offset by the difference; netlint does not guess which view was meant.
            throw disagreeing("the end record places the central directory at byte " + directoryOffset + ", but the "
                    + directorySize + "-byte directory before the end record starts at byte " + (end - directorySize)
                    + " (where Java's ZipFile and Python's zipfile look)");
        }
        List<Entry> entries = new ArrayList<>(count);
        java.util.Set<String> names = new java.util.HashSet<>();
        int at = (int) directoryOffset;
        long declared = 0;
        for (int i = 0; i < count; i++) {
            if (at + 46 > end || u32(bytes, at) != CENTRAL_HEADER) {
                throw damaged("a central directory record " + i + " that is not one");
            }
            int flags = u16(bytes, at + 8);
            int method = u16(bytes, at + 10);
            long crc = u32(bytes, at + 16);
            long compressed = u32(bytes, at + 20);
            long size = u32(bytes, at + 24);
            int nameLength = u16(bytes, at + 28);
            int extraLength = u16(bytes, at + 30);
            int commentLength = u16(bytes, at + 32);
            long offset = u32(bytes, at + 42);
            if (at + 46L + nameLength + extraLength + commentLength > end) {
                throw damaged("a central directory record " + i + " that runs past the directory");
            }
            String name = name(bytes, at + 46, nameLength, flags);
            checkName(name);
            if (!names.add(name)) {
                throw disagreeing("entry '" + printable(name) + "' is listed twice; DL4J's loader takes the last "
                        + "one in the file, Python's zipfile (Keras) the last one in the directory, a listing the "
                        + "first, so a reviewed entry can hide another");
            }
            Entry entry = new Entry(name, flags, method, crc, compressed, size, offset);
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
        if (at != end) {
            throw disagreeing("the central directory holds " + (end - at) + " bytes after its " + count
                    + " records, which the end record does not count");
        }
        ZipArchive archive = new ZipArchive(bytes, entries);
        long dataEnd = 0;
        for (Entry entry : entries) {
            long local = entry.localHeaderOffset();
            if (local + 30 <= bytes.length) {
                dataEnd = Math.max(dataEnd, local + 30 + u16(bytes, (int) local + 26) + u16(bytes, (int) local + 28)
                        + entry.compressedSize());
            }
        }
        int others = endRecordsBetween(bytes, (int) Math.min(dataEnd, end), end);
        if (others > 0) {
            throw severalEndRecords(others + 1);
        }
        List<Entry> inFileOrder = archive.checkLayout((int) directoryOffset);
        archive.checkAgainstLocalReader(inFileOrder, limits);
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
            return checked(entry, java.util.Arrays.copyOfRange(bytes, start, start + length));
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
            if (inflater.getBytesRead() != entry.compressedSize()) {
                throw disagreeing("entry '" + name + "' ends its compressed data after " + inflater.getBytesRead()
                        + " of the " + entry.compressedSize() + " bytes the directory gives it");
            }
            return checked(entry, out.toByteArray());
        } catch (DataFormatException e) {
            throw damaged("entry '" + name + "' holds invalid compressed data (" + e.getMessage() + ")");
        } finally {
            inflater.end();
        }
    }

    private static byte[] checked(Entry entry, byte[] content) throws ReadException {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(content);
        if (crc.getValue() != entry.crc()) {
            throw damaged("entry '" + printable(entry.name()) + "' does not match its checksum");
        }
        return content;
    }

    /**
     * The entries in file order, checked to lie one right after the other from the first byte to the directory, as
     * a reader of local headers walks them: no gap, no overlap (the construction of a non-recursive zip bomb), and
     * every local header agreeing with its directory record.
     */
    private List<Entry> checkLayout(int directoryOffset) throws ReadException {
        List<Entry> byOffset = new ArrayList<>(entries);
        byOffset.sort(Comparator.comparingLong(Entry::localHeaderOffset));
        long previousEnd = 0;
        String previous = null;
        for (Entry entry : byOffset) {
            if (entry.localHeaderOffset() < previousEnd) {
                throw new ReadException(SourceLocation.START_OF_FILE, "entry '" + printable(entry.name())
                        + "' overlaps another entry (the construction of a non-recursive zip bomb); expected "
                        + "entries written one after the other");
            }
            if (entry.localHeaderOffset() > previousEnd) {
                unlistedLocalEntry(previousEnd);
                throw disagreeing((entry.localHeaderOffset() - previousEnd) + " bytes "
                        + (previous == null ? "before the first entry" : "between entry '" + printable(previous)
                        + "' and entry '" + printable(entry.name()) + "'") + " that no entry lists");
            }
            checkLocalHeader(entry);
            long end = dataStart(entry) + entry.compressedSize();
            if (end > directoryOffset) {
                throw damaged("entry '" + printable(entry.name()) + "' runs into the central directory");
            }
            if (entry.sizesInDescriptor()) {
                end += end + 4 <= directoryOffset && u32(bytes, (int) end) == DATA_DESCRIPTOR ? 16 : 12;
            }
            previousEnd = end;
            previous = entry.name();
        }
        if (previousEnd != directoryOffset) {
            unlistedLocalEntry(previousEnd);
            throw disagreeing((directoryOffset - previousEnd) + " bytes between "
                    + (previous == null ? "the start" : "the last entry ('" + printable(previous) + "')")
                    + " and the central directory that no entry lists");
        }
        return byOffset;
    }

    /** Bytes no entry lists that start with a local header: an entry only DL4J's loader reads. */
    private void unlistedLocalEntry(long at) throws ReadException {
        if (at + 30 <= bytes.length && u32(bytes, (int) at) == LOCAL_HEADER) {
            int length = Math.min(u16(bytes, (int) at + 26), bytes.length - (int) at - 30);
            String name = new String(bytes, (int) at + 30, length, StandardCharsets.UTF_8);
            throw disagreeing("local entry '" + printable(name) + "' at byte " + at + " is not listed in the central "
                    + "directory: DL4J's loader (java.util.zip.ZipInputStream over the local headers) reads it, "
                    + "Java's ZipFile and Python's zipfile (Keras) do not");
        }
    }

    /** The local header repeats the directory record: method, flags, and (without a data descriptor) sizes. */
    private void checkLocalHeader(Entry entry) throws ReadException {
        int at = (int) entry.localHeaderOffset();
        if (at + 30 > bytes.length || u32(bytes, at) != LOCAL_HEADER) {
            throw damaged("entry '" + printable(entry.name()) + "' points at no local header");
        }
        int flags = u16(bytes, at + 6);
        int method = u16(bytes, at + 8);
        boolean same = method == entry.method() && (flags & AGREED_FLAGS) == (entry.flags() & AGREED_FLAGS);
        if (same && !entry.sizesInDescriptor()) {
            same = u32(bytes, at + 14) == entry.crc() && u32(bytes, at + 18) == entry.compressedSize()
                    && u32(bytes, at + 22) == entry.size();
        }
        if (!same) {
            throw disagreeing("entry '" + printable(entry.name()) + "' has a local header whose method, flags, "
                    + "sizes or checksum differ from its directory record (DL4J's loader reads the local header, "
                    + "Java's ZipFile and Python's zipfile the directory)");
        }
    }

    /** The entries DL4J's loader finds walking the local headers must be the listed ones, with the same data. */
    private void checkAgainstLocalReader(List<Entry> inFileOrder, ReadLimits limits) throws ReadException {
        List<ZipStreamView.Local> local = ZipStreamView.read(bytes, limits.maxUncompressedBytes());
        for (int i = 0; i < Math.max(local.size(), inFileOrder.size()); i++) {
            if (i >= inFileOrder.size()) {
                throw disagreeing("DL4J's loader (java.util.zip.ZipInputStream over the local headers) finds entry '"
                        + printable(local.get(i).name()) + "', which is not listed in the central directory that "
                        + "Java's ZipFile and Python's zipfile (Keras) read");
            }
            Entry listed = inFileOrder.get(i);
            if (i >= local.size()) {
                throw disagreeing("DL4J's loader (java.util.zip.ZipInputStream over the local headers) stops before "
                        + "entry '" + printable(listed.name()) + "', which the central directory lists");
            }
            ZipStreamView.Local found = local.get(i);
            if (!found.name().equals(listed.name())) {
                throw disagreeing("DL4J's loader (java.util.zip.ZipInputStream over the local headers) finds entry '"
                        + printable(found.name()) + "' where the central directory lists '"
                        + printable(listed.name()) + "'");
            }
            if (found.method() != listed.method() || found.crc() != listed.crc() || found.size() != listed.size()
                    || found.compressedSize() != listed.compressedSize()) {
                throw disagreeing("DL4J's loader (java.util.zip.ZipInputStream over the local headers) reads entry '"
                        + printable(found.name()) + "' as " + found.size() + " bytes from " + found.compressedSize()
                        + " compressed, the central directory gives it " + listed.size() + " from "
                        + listed.compressedSize());
            }
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
        String localName = name(bytes, (int) at + 30, nameLength, u16(bytes, (int) at + 6));
        if (!localName.equals(entry.name())) {
            throw disagreeing("entry '" + printable(entry.name()) + "' is named '" + printable(localName)
                    + "' in its local header, so DL4J's loader and Keras read different names");
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
        for (int at = bytes.length - END_RECORD_SIZE; at >= 0 && at >= bytes.length - END_RECORD_SIZE - 0xFFFF;
             at--) {
            if (u32(bytes, at) == END_OF_DIRECTORY) {
                return at;
            }
        }
        return -1;
    }

    /**
     * End-record signatures from {@code from} up to {@code to}: after the last entry's data (before it, random
     * compressed bytes could hold one) nothing but the directory belongs, and a second end record there is one some
     * reader may take for the archive's.
     */
    private static int endRecordsBetween(byte[] bytes, int from, int to) {
        int found = 0;
        for (int at = Math.max(from, 0); at + 4 <= to; at++) {
            if (u32(bytes, at) == END_OF_DIRECTORY) {
                found++;
            }
        }
        return found;
    }

    private static ReadException severalEndRecords(int count) {
        return disagreeing("it holds " + count + " end-of-central-directory records; Python's zipfile takes the "
                + "last one it finds, readers searching forward the first");
    }

    /**
     * An entry name as Java decodes it (UTF-8). Without the UTF-8 flag Python decodes the bytes as code page 437,
     * so a name that is not plain ASCII is read differently by DL4J and Keras and is refused.
     */
    private static String name(byte[] bytes, int at, int length, int flags) throws ReadException {
        boolean ascii = true;
        for (int i = at; i < at + length; i++) {
            ascii &= bytes[i] >= 0;
        }
        if (!ascii && (flags & 0x800) == 0) {
            throw disagreeing("an entry name that is not ASCII and not marked UTF-8, which Java reads as UTF-8 "
                    + "and Python's zipfile as code page 437");
        }
        return new String(bytes, at, length, StandardCharsets.UTF_8);
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

    /** Readers that would load different things from the archive: the gate refuses to pick one. */
    private static ReadException disagreeing(String what) {
        return new ReadException(SourceLocation.START_OF_FILE, "zip archive that loaders read differently: " + what
                + "; expected an archive whose local headers, central directory and end record agree, as "
                + "ModelSerializer and model.save() write it");
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
