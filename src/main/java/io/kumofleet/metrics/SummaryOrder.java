package io.kumofleet.metrics;

import io.kumofleet.text.NaturalOrder;

/** How summary rows are ordered: kcli's default natural name order, or {@code --by-volume}. */
public enum SummaryOrder {
    /** Natural-lexical by name ({@link NaturalOrder}). */
    BY_NAME,
    /** Volume descending, ties by natural name. */
    BY_VOLUME
}
