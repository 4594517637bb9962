package io.kumofleet.text;

/** How a column's cells are padded to the column width. */
public enum Alignment {
    /** Padded on the right. */
    LEFT,
    /** Padded on both sides, the extra space on the right. */
    CENTER,
    /** Padded on the left (numbers). */
    RIGHT
}
