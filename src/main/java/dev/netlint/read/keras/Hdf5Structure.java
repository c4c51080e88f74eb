package dev.netlint.read.keras;

import dev.netlint.model.SourceLocation;
import dev.netlint.read.ReadException;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * Checks the part of an HDF5 file netlint reads (the superblock and the root group's object header with its
 * attribute messages) before the HDF5 library sees it. The library follows an object header's continuation blocks
 * without remembering where it has been, so one pointing back into the chain made it recurse until the stack or the
 * heap ran out; and it allocates an attribute's elements as its dataspace declares them. Here every block must lie
 * inside the file and be visited once, the chain is bounded in blocks and messages, and an attribute may not declare
 * more elements than its message has bytes; so what the library then does is bounded by the file's size, which
 * {@code maxFileSize} bounds.
 */
final class Hdf5Structure {

    /** Most continuation blocks and messages in the root group's header; Keras writes a handful. */
    static final int MAX_BLOCKS = 1_000;
    static final int MAX_MESSAGES = 10_000;

    private static final int CONTINUATION = 0x10;
    private static final int ATTRIBUTE = 0x0C;
    private static final int ATTRIBUTE_INFO = 0x15;

    private final byte[] bytes;
    private int offsetSize = 8;
    private int lengthSize = 8;

    private Hdf5Structure(byte[] bytes) {
        this.bytes = bytes;
    }

    /**
     * @throws ReadException naming what is wrong, when the root group's header is not one netlint can hand on
     */
    static void check(byte[] bytes) throws ReadException {
        new Hdf5Structure(bytes).checkRootHeader();
    }

    private void checkRootHeader() throws ReadException {
        need(0, 16, "superblock");
        int version = bytes[8] & 0xff;
        long root;
        switch (version) {
            case 0, 1 -> {
                offsetSize = bytes[13] & 0xff;
                lengthSize = bytes[14] & 0xff;
                sizes();
                int addresses = version == 0 ? 24 : 28;
                // base, free space, end of file, driver; then the root symbol table entry: name offset, header
                long entry = addresses + 4L * offsetSize;
                need(entry, 2L * offsetSize, "root group entry");
                root = unsigned(entry + offsetSize, offsetSize);
            }
            case 2, 3 -> {
                offsetSize = bytes[9] & 0xff;
                lengthSize = bytes[10] & 0xff;
                sizes();
                // base, superblock extension, end of file, root group object header
                long at = 12 + 3L * offsetSize;
                need(at, offsetSize, "superblock");
                root = unsigned(at, offsetSize);
            }
            default -> throw invalid("superblock version " + version + ", which no HDF5 library writes");
        }
        need(root, 16, "root group object header");
        if (bytes[(int) root] == 'O' && bytes[(int) root + 1] == 'H' && bytes[(int) root + 2] == 'D'
                && bytes[(int) root + 3] == 'R') {
            walkVersion2(root);
        } else if ((bytes[(int) root] & 0xff) == 1) {
            walkVersion1(root);
        } else {
            throw invalid("a root group object header of unknown version " + (bytes[(int) root] & 0xff));
        }
    }

    /** Version 1: a 16-byte prefix, then messages 8-byte aligned; continuation blocks hold bare messages. */
    private void walkVersion1(long header) throws ReadException {
        long size = unsigned(header + 8, 4);
        Deque<long[]> blocks = new ArrayDeque<>();
        blocks.add(new long[] {header + 16, size});
        Set<Long> visited = new HashSet<>();
        int messages = 0;
        while (!blocks.isEmpty()) {
            long[] block = blocks.poll();
            visit(visited, block[0], block[1]);
            long at = block[0];
            long end = block[0] + block[1];
            while (at + 8 <= end) {
                int type = (int) unsigned(at, 2);
                long length = unsigned(at + 2, 2);
                long data = at + 8;
                if (data + length > end) {
                    throw invalid("a header message that runs past its block");
                }
                if (++messages > MAX_MESSAGES) {
                    throw invalid("more than " + MAX_MESSAGES + " messages in the root group's header");
                }
                message(type, data, length, blocks, 1);
                at = data + length;
                at = (at + 7) & ~7L;
            }
        }
    }

    /** Version 2: "OHDR", flags, optional times and attribute limits, chunk size, messages, checksum. */
    private void walkVersion2(long header) throws ReadException {
        need(header, 6, "root group object header");
        int flags = bytes[(int) header + 5] & 0xff;
        long at = header + 6 + ((flags & 0x20) != 0 ? 16 : 0) + ((flags & 0x10) != 0 ? 4 : 0);
        int sizeBytes = 1 << (flags & 3);
        need(at, sizeBytes, "root group object header");
        long size = unsigned(at, sizeBytes);
        Deque<long[]> blocks = new ArrayDeque<>();
        blocks.add(new long[] {at + sizeBytes, size});
        Set<Long> visited = new HashSet<>();
        int messages = 0;
        boolean first = true;
        while (!blocks.isEmpty()) {
            long[] block = blocks.poll();
            long start = block[0];
            long end = block[0] + block[1] - (first ? 0 : 4);
            if (!first) {
                need(start, 4, "object header continuation block");
                if (bytes[(int) start] != 'O' || bytes[(int) start + 1] != 'C' || bytes[(int) start + 2] != 'H'
                        || bytes[(int) start + 3] != 'K') {
                    throw invalid("an object header continuation that points at no continuation block");
                }
                start += 4;
            }
            visit(visited, block[0], block[1]);
            first = false;
            long pos = start;
            int headerBytes = 4 + ((flags & 0x04) != 0 ? 2 : 0);
            while (pos + headerBytes <= end) {
                int type = bytes[(int) pos] & 0xff;
                long length = unsigned(pos + 1, 2);
                long data = pos + headerBytes;
                if (data + length > end) {
                    throw invalid("a header message that runs past its block");
                }
                if (++messages > MAX_MESSAGES) {
                    throw invalid("more than " + MAX_MESSAGES + " messages in the root group's header");
                }
                message(type, data, length, blocks, 2);
                pos = data + length;
            }
        }
    }

    private void message(int type, long data, long length, Deque<long[]> blocks, int headerVersion)
            throws ReadException {
        if (type == CONTINUATION) {
            if (length < offsetSize + lengthSize) {
                throw invalid("a continuation message too short for its address and length");
            }
            long address = unsigned(data, offsetSize);
            long size = unsigned(data + offsetSize, lengthSize);
            need(address, size, "object header continuation block");
            if (size < (headerVersion == 2 ? 8 : 8)) {
                throw invalid("an object header continuation block of " + size + " bytes");
            }
            blocks.add(new long[] {address, size});
        } else if (type == ATTRIBUTE_INFO && denseStorage(data, length)) {
            throw invalid("root attributes kept in dense storage (a fractal heap), which Keras' model.save() "
                    + "never writes");
        } else if (type == ATTRIBUTE) {
            attribute(data, length);
        }
    }

    /** An attribute info message with a fractal heap address: the attributes live in the heap, not the header. */
    private boolean denseStorage(long data, long length) throws ReadException {
        if (length < 2) {
            throw invalid("an attribute info message of " + length + " bytes");
        }
        int flags = bytes[(int) data + 1] & 0xff;
        long heap = data + 2 + ((flags & 1) != 0 ? 2 : 0);
        if (heap + offsetSize > data + length) {
            throw invalid("an attribute info message too short for its heap address");
        }
        for (int i = 0; i < offsetSize; i++) {
            if (bytes[(int) heap + i] != (byte) 0xff) {
                return true;
            }
        }
        return false;
    }

    /** An attribute's dataspace may not declare more elements than its message has bytes. */
    private void attribute(long data, long length) throws ReadException {
        if (length < 8) {
            throw invalid("an attribute message of " + length + " bytes");
        }
        int version = bytes[(int) data] & 0xff;
        long nameSize = unsigned(data + 2, 2);
        long typeSize = unsigned(data + 4, 2);
        long spaceSize = unsigned(data + 6, 2);
        long at = data + (version == 3 ? 9 : 8);
        if (version == 1) {
            at += pad8(nameSize) + pad8(typeSize);
        } else {
            at += nameSize + typeSize;
        }
        if (at + Math.max(spaceSize, 2) > data + length) {
            throw invalid("an attribute message whose parts run past it");
        }
        int spaceVersion = bytes[(int) at] & 0xff;
        int rank = bytes[(int) at + 1] & 0xff;
        long dims = at + (spaceVersion == 1 ? 8 : 4);
        if (rank > 32 || dims + (long) rank * lengthSize > data + length) {
            throw invalid("an attribute dataspace of rank " + rank + " that does not fit its message");
        }
        long elements = 1;
        for (int i = 0; i < rank; i++) {
            long dim = unsigned(dims + (long) i * lengthSize, lengthSize);
            elements = dim == 0 ? 0 : elements > length / dim ? Long.MAX_VALUE : elements * dim;
        }
        if (elements > length) {
            throw invalid("an attribute declaring " + (elements == Long.MAX_VALUE ? "more than 2^63" : elements)
                    + " elements in a " + length + "-byte message");
        }
    }

    private static long pad8(long n) {
        return (n + 7) & ~7L;
    }

    private void visit(Set<Long> visited, long address, long size) throws ReadException {
        need(address, size, "object header block");
        if (!visited.add(address)) {
            throw invalid("an object header continuation that points back into the chain (a loop)");
        }
        if (visited.size() > MAX_BLOCKS) {
            throw invalid("more than " + MAX_BLOCKS + " continuation blocks in the root group's header");
        }
    }

    private void sizes() throws ReadException {
        if (offsetSize != 2 && offsetSize != 4 && offsetSize != 8 || lengthSize != 2 && lengthSize != 4
                && lengthSize != 8) {
            throw invalid("offsets of " + offsetSize + " and lengths of " + lengthSize + " bytes");
        }
    }

    private void need(long at, long length, String what) throws ReadException {
        if (at < 0 || length < 0 || at + length > bytes.length || at + length < at) {
            throw invalid("a " + what + " outside the file (byte " + Long.toUnsignedString(at) + ")");
        }
    }

    private long unsigned(long at, int size) throws ReadException {
        need(at, size, "field");
        long value = 0;
        for (int i = size - 1; i >= 0; i--) {
            value = value << 8 | (bytes[(int) at + i] & 0xff);
        }
        return value;
    }

    private static ReadException invalid(String what) {
        return new ReadException(SourceLocation.START_OF_FILE, "cannot read the HDF5 file: " + what
                + "; expected a Keras .h5 model saved by model.save()");
    }
}
