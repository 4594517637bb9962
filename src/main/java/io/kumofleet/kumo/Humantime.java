package io.kumofleet.kumo;

import java.time.Duration;

/** TEMPORARY STUB (replaced by the sim branch). */
public final class Humantime {
    public static Duration parse(String s) { throw new IllegalArgumentException("stub"); }
    public static String format(Duration d) { return d.toString(); }
}
