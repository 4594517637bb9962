package io.kumofleet.metrics;

import java.util.Arrays;

/**
 * A table's rows by the number of their key in a {@link KeyDictionary} that other nodes' tables may
 * share. While the key numbers stay within a few times the table's rows (the nodes of a fleet report
 * much the same names) it is an array indexed by key number, read in about the order kumod writes
 * the rows; once the numbers run far past them (nodes with names of their own), it becomes a hash
 * table of the table's own size, so that a node never pays for the names of the whole fleet.
 */
final class RowIndex {

    /** Key numbers up to this many times the rows are indexed directly. */
    private static final int DENSE_FACTOR = 4;

    /** Row + 1 by key number, 0 for none; null once the index is hashed. */
    private int[] byKey;
    /** Open addressing by key number, a slot holding row + 1, 0 when empty; null while the index is dense. */
    private int[] slots;
    private int size;

    /** An empty index with room for {@code rows}, for keys of a dictionary that holds {@code keys} already. */
    RowIndex(int rows, int keys) {
        if (keys <= DENSE_FACTOR * rows) {
            byKey = new int[Math.max(rows, keys)];
        } else {
            slots = new int[Integer.highestOneBit(rows * 2) << 1];
        }
    }

    /** The row of {@code key}, or -1; {@code keyOf} gives each row's key. */
    int row(int key, int[] keyOf) {
        if (byKey != null) {
            return key < byKey.length ? byKey[key] - 1 : -1;
        }
        int mask = slots.length - 1;
        for (int slot = spread(key) & mask, v; (v = slots[slot]) != 0; slot = (slot + 1) & mask) {
            if (keyOf[v - 1] == key) {
                return v - 1;
            }
        }
        return -1;
    }

    /** Records the table's newest row, {@code row}, whose key {@code keyOf} already holds. */
    void add(int key, int row, int[] keyOf) {
        size++;
        if (byKey != null) {
            if (key >= byKey.length) {
                if (key >= DENSE_FACTOR * Math.max(size, TableSize.SMALL.rows())) {
                    hash(keyOf, Integer.highestOneBit(size * 2) << 1);
                    return;
                }
                byKey = Arrays.copyOf(byKey, Math.max(byKey.length * 2, key + 1));
            }
            byKey[key] = row + 1;
        } else if (size * 2 > slots.length) {
            hash(keyOf, slots.length * 2);
        } else {
            int mask = slots.length - 1;
            int slot = spread(key) & mask;
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = row + 1;
        }
    }

    /** Puts every row in a hash table of {@code capacity} slots. */
    private void hash(int[] keyOf, int capacity) {
        byKey = null;
        slots = new int[capacity];
        int mask = capacity - 1;
        for (int row = 0; row < size; row++) {
            int slot = spread(keyOf[row]) & mask;
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = row + 1;
        }
    }

    /** Key numbers are consecutive: spread them over the slots. */
    private static int spread(int key) {
        int h = key * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
