package dev.netlint.read;

import dev.netlint.model.SourceLocation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A zip archive as DL4J's {@code ModelSerializer} reads it (1.0.0-M2.1, {@code loadZipData}): a
 * {@link ZipInputStream} over the local headers from the first byte on, every entry read to its end, each put into
 * a map by name (so of a repeated name the last one wins), until the stream meets something that is no local
 * header. Reading with the JDK's own class, rather than a copy of its logic, is what makes the comparison with the
 * central directory ({@link ZipArchive}) exact. Only counts and checksums are kept: the data is inflated into one
 * buffer and dropped, and the total is bounded like every archive read.
 */
final class ZipStreamView {

    /**
     * One entry as the stream read it; sizes and checksum are what the stream verified against its local header or
     * data descriptor.
     */
    record Local(String name, int method, long crc, long size, long compressedSize) {
    }

    private ZipStreamView() {
    }

    /**
     * @param maxTotalBytes most bytes all entries may inflate to together
     * @throws ReadException when the stream fails where DL4J's loader would fail too, or the total is over the limit
     */
    static List<Local> read(byte[] bytes, long maxTotalBytes) throws ReadException {
        List<Local> entries = new ArrayList<>();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                long size = 0;
                for (int n; (n = in.read(buffer)) > 0; ) {
                    size += n;
                    total += n;
                    if (total > maxTotalBytes) {
                        throw new ReadException(SourceLocation.START_OF_FILE, "the archive's entries inflate to "
                                + "more than " + ReadLimits.describe(maxTotalBytes) + " (a zip bomb?); expected a "
                                + "model archive below that limit");
                    }
                }
                // Known only once the entry is read (a data descriptor follows the data).
                entries.add(new Local(entry.getName(), entry.getMethod(), entry.getCrc(), size,
                        entry.getCompressedSize()));
            }
        } catch (IOException | RuntimeException e) {
            // ZipException (bad checksum, sizes, method), EOFException, or a name that is no valid UTF-8
            throw new ReadException(SourceLocation.START_OF_FILE, "damaged zip archive: DL4J's reader "
                    + "(java.util.zip.ZipInputStream over the local headers) fails at its entry " + (entries.size() + 1)
                    + " (" + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": "
                    + ZipArchive.printable(e.getMessage())) + "); expected a zip archive as ModelSerializer or "
                    + "model.save() write it");
        }
        return entries;
    }
}
