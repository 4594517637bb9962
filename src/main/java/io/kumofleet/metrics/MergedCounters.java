package io.kumofleet.metrics;

import java.util.Arrays;
import java.util.List;

/**
 * The sum of several nodes' {@link KeyedCounters}: one row per distinct key with the counters
 * added up. Rows point at the row of the first node that has them instead of copying its key, so a
 * fleet-wide view costs a few ints and the counters per row; the rows of nodes whose keys share one
 * {@link KeyDictionary} are matched by key number rather than by their bytes. A node's row is first
 * compared with the merged row after the one its previous row went to, since nodes of a fleet list
 * much the same queues in the same order.
 */
final class MergedCounters {

    /** Visits the rows of the parts that make up one merged row. */
    @FunctionalInterface
    interface PartVisitor {
        void visit(int part, int partRow);
    }

    private final List<KeyedCounters> parts;
    private final int width;
    private int[] partOf;
    private int[] rowOf;
    private long[] counts;
    private int[] table;
    private int size;

    MergedCounters(List<KeyedCounters> parts, int width) {
        this.parts = parts;
        this.width = width;
        int largest = 16;
        for (KeyedCounters part : parts) {
            largest = Math.max(largest, part.size());
        }
        partOf = new int[largest];
        rowOf = new int[largest];
        counts = new long[largest * width];
        table = new int[Integer.highestOneBit(largest * 2 - 1) << 1];
        Arrays.fill(table, -1);
        for (int p = 0; p < parts.size(); p++) {
            KeyedCounters part = parts.get(p);
            int last = -1;
            for (int r = 0; r < part.size(); r++) {
                // Nodes list their queues in much the same order: try the row after the last one first.
                int guess = last + 1;
                int row = guess < size && sameKey(guess, part, r) ? guess : rowFor(p, r);
                last = row;
                for (int c = 0; c < width; c++) {
                    int at = row * width + c;
                    counts[at] = Counts.add(counts[at], part.count(r, c));
                }
            }
        }
    }

    int size() {
        return size;
    }

    long count(int row, int column) {
        return counts[row * width + column];
    }

    /** Calls {@code visitor} for each part that has the key of {@code row}, in part order. */
    void forEachPart(int row, PartVisitor visitor) {
        KeyedCounters owner = parts.get(partOf[row]);
        visitor.visit(partOf[row], rowOf[row]);
        for (int p = partOf[row] + 1; p < parts.size(); p++) {
            int partRow = parts.get(p).find(owner, rowOf[row]);
            if (partRow >= 0) {
                visitor.visit(p, partRow);
            }
        }
    }

    String first(int row) {
        return parts.get(partOf[row]).first(rowOf[row]);
    }

    String second(int row) {
        return parts.get(partOf[row]).second(rowOf[row]);
    }

    /** Natural order of the first keys, then of the second keys, without making strings when they are ASCII. */
    int compareKeys(int a, int b) {
        return parts.get(partOf[a]).compareKeys(rowOf[a], parts.get(partOf[b]), rowOf[b]);
    }

    private boolean sameKey(int row, KeyedCounters part, int partRow) {
        return parts.get(partOf[row]).sameKey(rowOf[row], part, partRow);
    }

    private int rowFor(int part, int partRow) {
        KeyedCounters source = parts.get(part);
        int mask = table.length - 1;
        int slot = source.hash(partRow) & mask;
        for (int row = table[slot]; row >= 0; row = table[slot]) {
            if (parts.get(partOf[row]).sameKey(rowOf[row], source, partRow)) {
                return row;
            }
            slot = (slot + 1) & mask;
        }
        int row = size++;
        if (row == partOf.length) {
            int capacity = row * 2;
            partOf = Arrays.copyOf(partOf, capacity);
            rowOf = Arrays.copyOf(rowOf, capacity);
            counts = Arrays.copyOf(counts, capacity * width);
        }
        partOf[row] = part;
        rowOf[row] = partRow;
        table[slot] = row;
        if (size * 2 > table.length) {
            rehash();
        }
        return row;
    }

    private void rehash() {
        table = new int[table.length * 2];
        Arrays.fill(table, -1);
        int mask = table.length - 1;
        for (int row = 0; row < size; row++) {
            int slot = parts.get(partOf[row]).hash(rowOf[row]) & mask;
            while (table[slot] >= 0) {
                slot = (slot + 1) & mask;
            }
            table[slot] = row;
        }
    }
}
