package io.kumofleet.metrics;

/**
 * How big a {@link KeyedCounters} grew: its rows and the bytes of their keys. A node's next reading
 * starts with tables this big, so they are allocated once instead of doubled and copied as a
 * 100,000-queue payload streams in (a table with keys of its own sizes its dictionary from the bytes).
 */
public record TableSize(int rows, int keyBytes) {

    /** Room for a small node; tables grow from here when nothing better is known. */
    public static final TableSize SMALL = new TableSize(64, 4096);
}
