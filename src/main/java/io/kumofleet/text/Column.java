package io.kumofleet.text;

import java.util.Objects;

/** A table column: its header text and alignment. */
public record Column(String name, Alignment alignment) {

    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(alignment, "alignment");
    }

    /** A left-aligned column. */
    public static Column left(String name) {
        return new Column(name, Alignment.LEFT);
    }

    /** A right-aligned column. */
    public static Column right(String name) {
        return new Column(name, Alignment.RIGHT);
    }
}
