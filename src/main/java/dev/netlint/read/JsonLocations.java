package dev.netlint.read;

import com.fasterxml.jackson.core.JsonFactory;
import dev.netlint.model.SourceLocation;

import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;

/**
 * Line and column of every element of a JSON document, addressed by JSON pointer. DL4J's deserialised objects carry
 * no positions, so one streaming pass over the same bytes supplies them. A member is located at its key, an array
 * element at its first character: that is where a reader's eye lands.
 * <p>
 * The positions are held as a tree shaped like the document (one small node per value, member names shared with the
 * parser's symbol table), not as a map from full pointer strings: building and hashing a pointer string per value
 * cost more than parsing the document. A lookup walks the pointer's segments, so it costs the pointer's depth.
 */
public final class JsonLocations {

    /**
     * Objects with more members than this (a graph's vertex map) get a hash index, so a lookup never scans a long
     * member list; a layer's few dozen members are cheaper to scan than to index.
     */
    private static final int INDEX_ABOVE = 64;

    private final Node root;
    private final Optional<SourceLocation> trailingValue;

    JsonLocations(Node root, Optional<SourceLocation> trailingValue) {
        this.root = root;
        this.trailingValue = trailingValue;
    }

    /** Every element at one position: for JSON decoded from a string, whose inner positions mean nothing here. */
    public static JsonLocations flat(SourceLocation at) {
        return new JsonLocations(new Node(at.line(), at.column(), false), Optional.empty());
    }

    /**
     * Scans the first JSON value in {@code json}. Malformed JSON raises the parser's exception, which carries the
     * position of the fault.
     */
    public static JsonLocations scan(JsonFactory factory, byte[] json) throws IOException {
        return JsonDocument.scan(factory, json, false).locations();
    }

    /** Location of the element at {@code pointer}, or of its nearest located ancestor. */
    public SourceLocation at(String pointer) {
        if (root == null) {
            return new SourceLocation(1, 1, pointer);
        }
        Node node = root;
        int line = root.line;
        int column = root.column;
        int start = 0;
        while (start < pointer.length() && node != null) {
            // pointer.charAt(start) is the '/' that opens the next segment
            int end = pointer.indexOf('/', start + 1);
            if (end < 0) {
                end = pointer.length();
            }
            int child = node.child(pointer, start + 1, end);
            if (child < 0) {
                break;
            }
            line = node.lines[child];
            column = node.columns[child];
            node = node.children[child]; // null below a scalar: deeper pointers fall back to the scalar
            start = end;
        }
        return new SourceLocation(line, column, pointer);
    }

    public boolean has(String pointer) {
        if (pointer.isEmpty()) {
            return root != null;
        }
        int last = pointer.lastIndexOf('/');
        Node parent = node(pointer, last);
        return parent != null && parent.child(pointer, last + 1, pointer.length()) >= 0;
    }

    /** Members (object) or elements (array) of the container at {@code pointer}; -1 for no container there. */
    public int size(String pointer) {
        Node node = node(pointer, pointer.length());
        return node == null ? -1 : node.size;
    }

    /** Names of the members of the object at {@code pointer}, in document order; empty for anything else. */
    public java.util.List<String> memberNames(String pointer) {
        Node node = node(pointer, pointer.length());
        return node == null || node.array || node.names == null ? java.util.List.of()
                : java.util.Arrays.asList(node.names).subList(0, node.size);
    }

    /** The container at the pointer {@code pointer[0, length)}; null for a scalar or nothing there. */
    private Node node(String pointer, int length) {
        Node node = root;
        int start = 0;
        while (node != null && start < length) {
            int end = pointer.indexOf('/', start + 1);
            if (end < 0 || end > length) {
                end = length;
            }
            int child = node.child(pointer, start + 1, end);
            if (child < 0) {
                return null;
            }
            node = node.children[child];
            start = end;
        }
        return node;
    }

    /** Start of a second top-level value after the first one, which DL4J would silently ignore. */
    public Optional<SourceLocation> trailingValue() {
        return trailingValue;
    }

    public static String escape(String key) {
        if (key.indexOf('~') < 0 && key.indexOf('/') < 0) {
            return key;
        }
        return key.replace("~", "~0").replace("/", "~1");
    }

    static String unescape(String segment) {
        if (segment.indexOf('~') < 0) {
            return segment;
        }
        return segment.replace("~1", "/").replace("~0", "~");
    }

    /**
     * The position of one object or array and of its members or elements. Members are kept in order as parallel
     * arrays: name (objects only), line, column, and the node of a member that is itself an object or array (null
     * for a scalar, whose position needs no node of its own: most values of a configuration are scalars).
     */
    static final class Node {
        final int line;
        final int column;
        final boolean array;
        private String[] names;
        private int[] lines;
        private int[] columns;
        private Node[] children;
        private int size;
        /** Open-addressing index of member positions by name hash, for objects with many members; -1 is free. */
        private int[] index;
        /** One bit per member name hash (mod 128): a repeated name is looked for only where a bit repeats. */
        private long seenLow;
        private long seenHigh;
        /** The member names of a large object, for {@link #hasMember}; dropped when the object is complete. */
        private java.util.Set<String> memberSet;

        Node(int line, int column, boolean array) {
            this.line = line;
            this.column = column;
            this.array = array;
        }

        /** Adds a member (object) or the next element (array, {@code name} null); {@code child} null for a scalar. */
        void add(String name, int childLine, int childColumn, Node child) {
            if (lines == null) {
                // A layer object has 20 to 40 members, an array a few elements.
                int capacity = array ? 4 : 8;
                lines = new int[capacity];
                columns = new int[capacity];
                children = new Node[capacity];
                if (!array) {
                    names = new String[capacity];
                }
            } else if (size == lines.length) {
                int capacity = size * 2;
                lines = Arrays.copyOf(lines, capacity);
                columns = Arrays.copyOf(columns, capacity);
                children = Arrays.copyOf(children, capacity);
                if (!array) {
                    names = Arrays.copyOf(names, capacity);
                }
            }
            if (!array) {
                names[size] = name;
            }
            lines[size] = childLine;
            columns[size] = childColumn;
            children[size++] = child;
        }

        int size() {
            return size;
        }

        /**
         * True when this object already has a member named {@code name}; called before each member is added. Small
         * objects (a layer's members) keep a bit per name hash and compare names only where a bit repeats; a large
         * one (a graph's vertex map) a set, since the bits fill up and every name would be compared with all before.
         */
        boolean hasMember(String name) {
            if (size >= INDEX_ABOVE) {
                if (memberSet == null) {
                    memberSet = new java.util.HashSet<>(Arrays.asList(names).subList(0, size));
                }
                return !memberSet.add(name);
            }
            int bit = name.hashCode() & 127;
            long mask = 1L << (bit & 63);
            boolean seen;
            if (bit < 64) {
                seen = (seenLow & mask) != 0;
                seenLow |= mask;
            } else {
                seen = (seenHigh & mask) != 0;
                seenHigh |= mask;
            }
            return seen && named(name, 0, -1) >= 0;
        }

        /** Called when the value is complete. */
        void close() {
            memberSet = null;
            if (!array && size > INDEX_ABOVE) {
                int capacity = Integer.highestOneBit(size * 2 - 1) << 1;
                index = new int[capacity];
                Arrays.fill(index, -1);
                for (int i = 0; i < size; i++) { // a repeated key: the last one wins, as in the tree
                    int slot = names[i].hashCode() & (capacity - 1);
                    while (index[slot] >= 0 && !names[index[slot]].equals(names[i])) {
                        slot = (slot + 1) & (capacity - 1);
                    }
                    index[slot] = i;
                }
            }
        }

        /**
         * The position (index) of the child named by the pointer segment {@code pointer[from, to)}, or -1. Lookups
         * neither cut the segment out of the pointer nor hash a new string: the mapper asks for a few positions per
         * layer.
         */
        int child(String pointer, int from, int to) {
            if (size == 0) {
                return -1;
            }
            if (array) {
                int i = arrayIndex(pointer, from, to);
                return i >= 0 && i < size ? i : -1;
            }
            int tilde = pointer.indexOf('~', from);
            if (tilde >= 0 && tilde < to) {
                return named(unescape(pointer.substring(from, to)), 0, -1);
            }
            return named(pointer, from, to);
        }

        /** The member named {@code text[from, to)} ({@code to} -1: all of {@code text}). */
        private int named(String text, int from, int to) {
            int end = to < 0 ? text.length() : to;
            int length = end - from;
            if (index != null) {
                int hash = 0;
                for (int i = from; i < end; i++) {
                    hash = 31 * hash + text.charAt(i); // String.hashCode of the segment
                }
                int mask = index.length - 1;
                for (int slot = hash & mask; index[slot] >= 0; slot = (slot + 1) & mask) {
                    String name = names[index[slot]];
                    if (name.length() == length && text.regionMatches(from, name, 0, length)) {
                        return index[slot];
                    }
                }
                return -1;
            }
            for (int i = size - 1; i >= 0; i--) {
                String name = names[i];
                if (name.length() == length && text.regionMatches(from, name, 0, length)) {
                    return i;
                }
            }
            return -1;
        }

        private static int arrayIndex(String pointer, int from, int to) {
            if (from == to || to - from > 9 || to - from > 1 && pointer.charAt(from) == '0') {
                return -1;
            }
            int value = 0;
            for (int i = from; i < to; i++) {
                char c = pointer.charAt(i);
                if (c < '0' || c > '9') {
                    return -1;
                }
                value = value * 10 + (c - '0');
            }
            return value;
        }
    }
}
