package io.kumofleet.metrics;

import java.util.Arrays;
import java.util.Comparator;
import java.util.PriorityQueue;
import java.util.function.IntPredicate;

/** Sorts row numbers and keeps the first {@code limit}, without sorting all rows when few are wanted. */
final class RowOrder {

    /** Compares rows by number. */
    @FunctionalInterface
    interface RowComparator {
        int compare(int a, int b);
    }

    private RowOrder() {}

    static int[] firstRows(int size, IntPredicate keep, RowComparator order, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
        Comparator<Integer> cmp = (a, b) -> order.compare(a, b);
        Integer[] rows;
        int kept = 0;
        if (limit >= size) {
            rows = new Integer[size];
            for (int r = 0; r < size; r++) {
                if (keep.test(r)) {
                    rows[kept++] = r;
                }
            }
            Arrays.sort(rows, 0, kept, cmp);
        } else {
            PriorityQueue<Integer> worstFirst = new PriorityQueue<>(limit + 1, cmp.reversed());
            for (int r = 0; r < size; r++) {
                if (!keep.test(r)) {
                    continue;
                }
                if (worstFirst.size() < limit) {
                    worstFirst.add(r);
                } else if (limit > 0 && order.compare(r, worstFirst.peek()) < 0) {
                    // Only a row that beats the worst kept one goes into the heap: most rows cost one comparison.
                    worstFirst.poll();
                    worstFirst.add(r);
                }
            }
            rows = worstFirst.toArray(new Integer[0]);
            kept = rows.length;
            Arrays.sort(rows, cmp);
        }
        int[] out = new int[Math.min(kept, limit)];
        for (int i = 0; i < out.length; i++) {
            out[i] = rows[i];
        }
        return out;
    }
}
