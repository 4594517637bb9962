package io.kumofleet.metrics;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.BitSet;

/**
 * Rows of {@code width} saturating counters keyed by the UTF-8 bytes of one label value, or of a
 * pair of them. The keys live in a {@link KeyDictionary}, this table's own or one shared with the
 * other nodes of a fleet; a row costs its key's number, its place in a {@link RowIndex} and its
 * counters (one long array for all rows), so a node's hundreds of thousands of queues cost no
 * object per row and no string until a row is shown. Rows are numbered 0, 1, 2… in the order their
 * keys first appear.
 *
 * <p>kumod writes each metric family's rows in the same order (every ready queue for
 * {@code ready_count}, then the same queues for {@code total_messages_delivered}, …), so before
 * looking a key up the table compares it with the row after the last one it added to, and with that
 * row itself: most keys are found by one sequential comparison instead of a hash-table probe.
 */
final class KeyedCounters {

    private final int width;
    private final KeyDictionary keys;
    /** The number in {@link #keys} of each row's key. */
    private int[] keyOf;
    private final RowIndex rowIndex;
    private long[] counts;
    private int size;
    private int keyBytes;
    /** The row the last {@link #add} went to, -1 before the first. */
    private int last = -1;

    KeyedCounters(int width, boolean paired) {
        this(width, paired, TableSize.SMALL);
    }

    /** A table with its own keys and room for {@code expected} rows and key bytes. */
    KeyedCounters(int width, boolean paired, TableSize expected) {
        this(width, new KeyDictionary(paired, expected), expected);
    }

    /** A table whose keys go to {@code keys} (perhaps shared), with room for {@code expected} rows. */
    KeyedCounters(int width, KeyDictionary keys, TableSize expected) {
        this.width = width;
        this.keys = keys;
        int rows = Math.max(TableSize.SMALL.rows(), expected.rows() + expected.rows() / 16);
        this.keyOf = new int[rows];
        this.counts = new long[rows * width];
        this.rowIndex = new RowIndex(rows, keys.size());
    }

    /** How big this table is now: its rows and the bytes of their keys. */
    TableSize tableSize() {
        return new TableSize(size, keyBytes);
    }

    int size() {
        return size;
    }

    long count(int row, int column) {
        return counts[row * width + column];
    }

    /** Adds {@code value} to {@code column} of the row keyed by {@code a[aFrom, aTo)}, and {@code b[bFrom, bTo)} if paired. */
    void add(byte[] a, int aFrom, int aTo, byte[] b, int bFrom, int bTo, int column, long value) {
        int row = last + 1;
        if (row >= size || !keys.hasKey(keyOf[row], a, aFrom, aTo, b, bFrom, bTo)) {
            row = last;
            if (row < 0 || !keys.hasKey(keyOf[row], a, aFrom, aTo, b, bFrom, bTo)) {
                int hash = keys.hashOf(a, aFrom, aTo, b, bFrom, bTo);
                row = rowFor(keys.add(a, aFrom, aTo, b, bFrom, bTo, hash));
            }
        }
        last = row;
        int at = row * width + column;
        counts[at] = Counts.add(counts[at], value);
    }

    /** The row for a key given as strings, or -1. */
    int find(String first, String second) {
        byte[] a = first.getBytes(StandardCharsets.UTF_8);
        byte[] b = keys.paired() ? second.getBytes(StandardCharsets.UTF_8) : null;
        int bTo = b == null ? 0 : b.length;
        return rowOfKey(keys.find(a, 0, a.length, b, 0, bTo, keys.hashOf(a, 0, a.length, b, 0, bTo)));
    }

    /** The row here with the same key as {@code otherRow} in {@code other}, or -1. */
    int find(KeyedCounters other, int otherRow) {
        return rowOfKey(keys.find(other.keys, other.keyOf[otherRow]));
    }

    /**
     * Shrinks the arrays that have much more room than the rows use, once no more rows are coming
     * from a node (a table sized from the node's previous reading usually has not).
     */
    void trim() {
        if (keyOf.length - size > keyOf.length / 8) {
            keyOf = Arrays.copyOf(keyOf, size);
            counts = Arrays.copyOf(counts, size * width);
        }
    }

    /** The first key of {@code row} as a string. */
    String first(int row) {
        return keys.first(keyOf[row]);
    }

    /** The second key of {@code row}, or null when keys are single. */
    String second(int row) {
        return keys.second(keyOf[row]);
    }

    int hash(int row) {
        return keys.hash(keyOf[row]);
    }

    /** True if {@code row} here and {@code otherRow} in {@code other} have the same key. */
    boolean sameKey(int row, KeyedCounters other, int otherRow) {
        return keys.sameKey(keyOf[row], other.keys, other.keyOf[otherRow]);
    }

    /** Natural order of the keys of {@code row} here and {@code otherRow} in {@code other}. */
    int compareKeys(int row, KeyedCounters other, int otherRow) {
        return keys.compare(keyOf[row], other.keys, other.keyOf[otherRow]);
    }

    KeyDictionary keys() {
        return keys;
    }

    /** Sets the bit of each key number this table has a row for. */
    void markKeys(BitSet used) {
        for (int row = 0; row < size; row++) {
            used.set(keyOf[row]);
        }
    }

    private int rowOfKey(int key) {
        return key < 0 ? -1 : rowIndex.row(key, keyOf);
    }

    private int rowFor(int key) {
        int row = rowIndex.row(key, keyOf);
        if (row >= 0) {
            return row;
        }
        row = size++;
        if (row == keyOf.length) {
            keyOf = Arrays.copyOf(keyOf, row * 2);
            counts = Arrays.copyOf(counts, row * 2 * width);
        }
        keyOf[row] = key;
        rowIndex.add(key, row, keyOf);
        keyBytes += keys.keyLength(key);
        return row;
    }
}
