package io.kumofleet.text;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Formats an instant as Rust's chrono displays a {@code DateTime<Utc>}:
 * {@code 2026-06-19 13:42:17.123 UTC}, with the fraction omitted when zero and otherwise given in
 * 3, 6 or 9 digits, whichever is exact.
 */
public final class ChronoDisplay {

    private ChronoDisplay() {}

    /** {@code instant} in chrono's {@code Display} form. */
    public static String utc(Instant instant) {
        LocalDateTime t = LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
        StringBuilder out = new StringBuilder(32);
        int year = t.getYear();
        if (year >= 0 && year <= 9999) {
            pad(out, year, 4);
        } else {
            out.append(year < 0 ? '-' : '+');
            pad(out, Math.abs(year), 4);
        }
        out.append('-');
        pad(out, t.getMonthValue(), 2);
        out.append('-');
        pad(out, t.getDayOfMonth(), 2);
        out.append(' ');
        pad(out, t.getHour(), 2);
        out.append(':');
        pad(out, t.getMinute(), 2);
        out.append(':');
        pad(out, t.getSecond(), 2);
        int nanos = t.getNano();
        if (nanos != 0) {
            out.append('.');
            if (nanos % 1_000_000 == 0) {
                pad(out, nanos / 1_000_000, 3);
            } else if (nanos % 1_000 == 0) {
                pad(out, nanos / 1_000, 6);
            } else {
                pad(out, nanos, 9);
            }
        }
        return out.append(" UTC").toString();
    }

    private static void pad(StringBuilder out, int value, int digits) {
        String s = Integer.toString(value);
        for (int i = s.length(); i < digits; i++) {
            out.append('0');
        }
        out.append(s);
    }
}
