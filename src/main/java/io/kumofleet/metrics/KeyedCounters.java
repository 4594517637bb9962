package io.kumofleet.metrics;

import java.util.Arrays;
import java.util.Objects;

/**
 * Rows of {@code width} saturating counters keyed by one string or a pair of strings, stored in
 * flat arrays (no per-row objects) so hundreds of thousands of queues per node stay small.
 * Rows are numbered 0, 1, 2… in the order their keys first appear.
 */
final class KeyedCounters {

    private final int width;
    private final boolean paired;
    private String[] first;
    private String[] second;
    private long[] counts;
    private int[] table;
    private int size;

    KeyedCounters(int width, boolean paired) {
        this.width = width;
        this.paired = paired;
        this.first = new String[64];
        this.second = paired ? new String[64] : null;
        this.counts = new long[64 * width];
        this.table = new int[128];
        Arrays.fill(table, -1);
    }

    int width() {
        return width;
    }

    int size() {
        return size;
    }

    String first(int row) {
        return first[row];
    }

    String second(int row) {
        return paired ? second[row] : null;
    }

    long count(int row, int column) {
        return counts[row * width + column];
    }

    /** Adds {@code value} to {@code column} of the row for the key, creating the row if needed. */
    void add(String key, String key2, int column, long value) {
        int row = row(key, key2, true);
        int at = row * width + column;
        counts[at] = Counts.add(counts[at], value);
    }

    /** The row for the key, or -1. */
    int find(String key, String key2) {
        return row(key, key2, false);
    }

    /**
     * Adds every row of {@code part} into this table, then points {@code part}'s keys at this
     * table's equal strings so the copies each node's parser made can be collected.
     */
    void mergeFrom(KeyedCounters part) {
        for (int r = 0; r < part.size; r++) {
            int row = row(part.first[r], part.second(r), true);
            for (int c = 0; c < width; c++) {
                int at = row * width + c;
                counts[at] = Counts.add(counts[at], part.counts[r * width + c]);
            }
            part.first[r] = first[row];
            if (paired) {
                part.second[r] = second[row];
            }
        }
    }

    private int row(String key, String key2, boolean create) {
        int h = hash(key, key2);
        int mask = table.length - 1;
        int slot = h & mask;
        for (int row = table[slot]; row >= 0; row = table[slot]) {
            String k = first[row];
            if ((k == key || k.equals(key)) && (!paired || Objects.equals(second[row], key2))) {
                return row;
            }
            slot = (slot + 1) & mask;
        }
        if (!create) {
            return -1;
        }
        int row = size++;
        if (row == first.length) {
            growRows();
        }
        first[row] = key;
        if (paired) {
            second[row] = key2;
        }
        table[slot] = row;
        if (size * 2 > table.length) {
            rehash();
        }
        return row;
    }

    private int hash(String key, String key2) {
        int h = key.hashCode();
        if (paired) {
            h = h * 31 + Objects.hashCode(key2);
        }
        return h ^ (h >>> 16);
    }

    private void growRows() {
        int capacity = first.length * 2;
        first = Arrays.copyOf(first, capacity);
        if (paired) {
            second = Arrays.copyOf(second, capacity);
        }
        counts = Arrays.copyOf(counts, capacity * width);
    }

    private void rehash() {
        table = new int[table.length * 2];
        Arrays.fill(table, -1);
        int mask = table.length - 1;
        for (int row = 0; row < size; row++) {
            int slot = hash(first[row], paired ? second[row] : null) & mask;
            while (table[slot] >= 0) {
                slot = (slot + 1) & mask;
            }
            table[slot] = row;
        }
    }
}
