package io.kumofleet.metrics;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Rows of {@code width} saturating counters keyed by the UTF-8 bytes of one label value, or of a
 * pair of them. Keys live in one growing byte array and counters in one long array, so a node's
 * hundreds of thousands of queues cost no object per row and no string until a row is shown.
 * Rows are numbered 0, 1, 2… in the order their keys first appear.
 *
 * <p>kumod writes each metric family's rows in the same order (every ready queue for
 * {@code ready_count}, then the same queues for {@code total_messages_delivered}, …), so before
 * hashing a key the table compares it with the row after the last one it added to, and with that
 * row itself: most keys are found by one sequential comparison instead of a hash-table probe.
 */
final class KeyedCounters {

    /** Thrown when a new key is not UTF-8; the caller adds the line number. */
    static final class InvalidKey extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InvalidKey() {
            super("label value is not valid UTF-8", null, false, false);
        }
    }

    private final int width;
    private final boolean paired;
    private byte[] arena;
    private int arenaLength;
    private int[] keyStart;
    private int[] keyLength;
    /** Length of the first key in a pair; the same array as keyLength when keys are single. */
    private int[] firstLength;
    private int[] hashes;
    private long[] counts;
    private int[] table;
    private int size;
    /** The row the last {@link #add} went to, -1 before the first. */
    private int last = -1;

    KeyedCounters(int width, boolean paired) {
        this(width, paired, TableSize.SMALL);
    }

    /** Room for {@code expected} and a little more (a node's previous reading), or for a small node. */
    KeyedCounters(int width, boolean paired, TableSize expected) {
        this.width = width;
        this.paired = paired;
        int rows = Math.max(TableSize.SMALL.rows(), expected.rows() + expected.rows() / 16);
        this.arena = new byte[Math.max(TableSize.SMALL.keyBytes(), expected.keyBytes() + expected.keyBytes() / 16)];
        this.keyStart = new int[rows];
        this.keyLength = new int[rows];
        this.firstLength = paired ? new int[rows] : keyLength;
        this.hashes = new int[rows];
        this.counts = new long[rows * width];
        this.table = new int[Integer.highestOneBit(rows * 2) << 1];
        Arrays.fill(table, -1);
    }

    /** How big this table is now. */
    TableSize tableSize() {
        return new TableSize(size, arenaLength);
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
        if (row >= size || !hasKey(row, a, aFrom, aTo, b, bFrom, bTo)) {
            row = last;
            if (row < 0 || !hasKey(row, a, aFrom, aTo, b, bFrom, bTo)) {
                row = row(a, aFrom, aTo, b, bFrom, bTo, true);
            }
        }
        last = row;
        int at = row * width + column;
        counts[at] = Counts.add(counts[at], value);
    }

    /** True if {@code row}'s key is {@code a[aFrom, aTo)}, followed by {@code b[bFrom, bTo)} if paired. */
    private boolean hasKey(int row, byte[] a, int aFrom, int aTo, byte[] b, int bFrom, int bTo) {
        int aLength = aTo - aFrom;
        int start = keyStart[row];
        return firstLength[row] == aLength
                && keyLength[row] == aLength + (paired ? bTo - bFrom : 0)
                && Arrays.equals(arena, start, start + aLength, a, aFrom, aTo)
                && (!paired || Arrays.equals(arena, start + aLength, start + keyLength[row], b, bFrom, bTo));
    }

    /** The row for a key given as strings, or -1. */
    int find(String first, String second) {
        byte[] a = first.getBytes(StandardCharsets.UTF_8);
        byte[] b = paired ? second.getBytes(StandardCharsets.UTF_8) : null;
        return row(a, 0, a.length, b, 0, b == null ? 0 : b.length, false);
    }

    /**
     * Shrinks the arrays that have much more room than the rows use, once no more rows are coming
     * from a node (a table sized from the node's previous reading usually has not).
     */
    void trim() {
        if (arena.length - arenaLength > arena.length / 8) {
            arena = Arrays.copyOf(arena, arenaLength);
        }
        if (keyStart.length - size > keyStart.length / 8) {
            keyStart = Arrays.copyOf(keyStart, size);
            keyLength = Arrays.copyOf(keyLength, size);
            firstLength = paired ? Arrays.copyOf(firstLength, size) : keyLength;
            hashes = Arrays.copyOf(hashes, size);
            counts = Arrays.copyOf(counts, size * width);
        }
    }

    /** The first key of {@code row} as a string. */
    String first(int row) {
        return decode(keyStart[row], keyStart[row] + firstLength[row]);
    }

    /** The second key of {@code row}, or null when keys are single. */
    String second(int row) {
        return paired ? decode(keyStart[row] + firstLength[row], keyStart[row] + keyLength[row]) : null;
    }

    boolean paired() {
        return paired;
    }

    byte[] arena() {
        return arena;
    }

    int keyStart(int row) {
        return keyStart[row];
    }

    int firstEnd(int row) {
        return keyStart[row] + firstLength[row];
    }

    int keyEnd(int row) {
        return keyStart[row] + keyLength[row];
    }

    int hash(int row) {
        return hashes[row];
    }

    /** The row here with the same key as {@code otherRow} in {@code other}, or -1. */
    int find(KeyedCounters other, int otherRow) {
        int mask = table.length - 1;
        int slot = other.hashes[otherRow] & mask;
        for (int row = table[slot]; row >= 0; row = table[slot]) {
            if (sameKey(row, other, otherRow)) {
                return row;
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    /** True if {@code row} here and {@code otherRow} in {@code other} have the same key. */
    boolean sameKey(int row, KeyedCounters other, int otherRow) {
        return hashes[row] == other.hashes[otherRow] && keyLength[row] == other.keyLength[otherRow]
                && firstLength[row] == other.firstLength[otherRow]
                && Arrays.equals(arena, keyStart[row], keyStart[row] + keyLength[row],
                        other.arena, other.keyStart[otherRow], other.keyStart[otherRow] + other.keyLength[otherRow]);
    }

    private String decode(int from, int to) {
        return new String(arena, from, to - from, StandardCharsets.UTF_8);
    }

    private int row(byte[] a, int aFrom, int aTo, byte[] b, int bFrom, int bTo, boolean create) {
        int h = ByteScan.hash(a, aFrom, aTo);
        if (paired) {
            h = h * 31 + ByteScan.hash(b, bFrom, bTo);
        }
        int aLength = aTo - aFrom;
        int length = aLength + (paired ? bTo - bFrom : 0);
        int mask = table.length - 1;
        int slot = h & mask;
        for (int row = table[slot]; row >= 0; row = table[slot]) {
            if (hashes[row] == h && hasKey(row, a, aFrom, aTo, b, bFrom, bTo)) {
                return row;
            }
            slot = (slot + 1) & mask;
        }
        if (!create) {
            return -1;
        }
        checkUtf8(a, aFrom, aTo);
        if (paired) {
            checkUtf8(b, bFrom, bTo);
        }
        int row = size++;
        if (row == keyStart.length) {
            growRows();
        }
        if (arenaLength + length > arena.length) {
            arena = Arrays.copyOf(arena, Math.max(arena.length * 2, arenaLength + length));
        }
        System.arraycopy(a, aFrom, arena, arenaLength, aLength);
        if (paired) {
            System.arraycopy(b, bFrom, arena, arenaLength + aLength, length - aLength);
        }
        keyStart[row] = arenaLength;
        keyLength[row] = length;
        firstLength[row] = aLength;
        hashes[row] = h;
        arenaLength += length;
        table[slot] = row;
        if (size * 2 > table.length) {
            rehash();
        }
        return row;
    }

    private static void checkUtf8(byte[] buf, int from, int to) {
        if (!ByteScan.hasNonAscii(buf, from, to)) {
            return;
        }
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(buf, from, to - from));
        } catch (CharacterCodingException e) {
            throw new InvalidKey();
        }
    }

    private void growRows() {
        int capacity = keyStart.length * 2;
        keyStart = Arrays.copyOf(keyStart, capacity);
        keyLength = Arrays.copyOf(keyLength, capacity);
        firstLength = paired ? Arrays.copyOf(firstLength, capacity) : keyLength;
        hashes = Arrays.copyOf(hashes, capacity);
        counts = Arrays.copyOf(counts, capacity * width);
    }

    private void rehash() {
        table = new int[table.length * 2];
        Arrays.fill(table, -1);
        int mask = table.length - 1;
        for (int row = 0; row < size; row++) {
            int slot = hashes[row] & mask;
            while (table[slot] >= 0) {
                slot = (slot + 1) & mask;
            }
            table[slot] = row;
        }
    }
}
