package io.kumofleet.cli;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * Rust humantime 2.4's {@code parse_duration} and {@code format_duration}, which kcli uses for
 * {@code --duration} and for the durations it prints. Stand-in until {@code kumo.Humantime} lands
 * on this branch; delete it then.
 */
final class HumantimeDuration {

    private static final long NANOS = 1_000_000_000L;
    private static final BigInteger U64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
    private static final long YEAR = 31_557_600L;
    private static final long MONTH = 2_630_016L;

    /** Seconds and nanoseconds per unit; a unit below a second has zero seconds. */
    private record Unit(long seconds, long nanos) {}

    private static final Map<String, Unit> UNITS = units();

    /** A string humantime refuses, with humantime's message. */
    static final class Invalid extends Exception {
        Invalid(String message) {
            super(message);
        }
    }

    private HumantimeDuration() {}

    static Duration parse(String text) throws Invalid {
        return text.equals("0") ? Duration.ZERO : new Parser(text).parse();
    }

    static String format(Duration duration) {
        long secs = duration.getSeconds();
        int nanos = duration.getNano();
        if (secs == 0 && nanos == 0) {
            return "0s";
        }
        long ydays = secs % YEAR;
        long mdays = ydays % MONTH;
        long daySecs = mdays % 86_400;
        StringBuilder out = new StringBuilder();
        item(out, secs / YEAR, "year", true);
        item(out, ydays / MONTH, "month", true);
        item(out, mdays / 86_400, "day", true);
        item(out, daySecs / 3600, "h", false);
        item(out, daySecs % 3600 / 60, "m", false);
        item(out, daySecs % 60, "s", false);
        item(out, nanos / 1_000_000, "ms", false);
        item(out, nanos / 1000 % 1000, "us", false);
        item(out, nanos % 1000, "ns", false);
        return out.toString();
    }

    /** Reformats a humantime string the way kcli does after reading it; unparseable text is kept. */
    static String normalize(String text) {
        try {
            return format(parse(text));
        } catch (Invalid e) {
            return text;
        }
    }

    private static void item(StringBuilder out, long value, String name, boolean plural) {
        if (value > 0) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(value).append(name).append(plural && value > 1 ? "s" : "");
        }
    }

    /** Walks the text code point by code point; offsets in messages are UTF-8 byte offsets, as in Rust. */
    private static final class Parser {
        private final String src;
        private int index;
        private long secs;
        private long nanos;

        Parser(String src) {
            this.src = src;
        }

        Duration parse() throws Invalid {
            BigInteger n = firstDigit();
            if (n == null) {
                throw new Invalid("value was empty");
            }
            while (true) {
                BigInteger[] fraction = null;
                // Offset of the current character, then (after the loop) where the unit starts.
                int off = offset();
                while (index < src.length()) {
                    int c = next();
                    if (isDigit(c)) {
                        n = checked(n.multiply(BigInteger.TEN).add(BigInteger.valueOf(c - '0')));
                    } else if (isUnitChar(c)) {
                        break;
                    } else if (c == '.') {
                        fraction = fraction(off);
                        off = unitStart;
                        break;
                    } else if (!Character.isWhitespace(c)) {
                        throw new Invalid("invalid character at " + off);
                    }
                    off = offset();
                }
                int start = off;
                int end = offset();
                boolean nextNumber = false;
                while (index < src.length()) {
                    int before = offset();
                    int c = next();
                    if (isDigit(c)) {
                        end = before;
                        nextNumber = true;
                        break;
                    } else if (Character.isWhitespace(c)) {
                        end = before;
                        break;
                    } else if (!isUnitChar(c)) {
                        throw new Invalid("invalid character at " + before);
                    }
                    end = offset();
                }
                addUnit(n, fraction, start, end);
                if (nextNumber) {
                    n = BigInteger.valueOf(src.codePointBefore(index) - '0');
                    continue;
                }
                n = firstDigit();
                if (n == null) {
                    return Duration.ofSeconds(secs, nanos);
                }
            }
        }

        /** Where the unit after a fraction starts (before the letter that ended the fraction). */
        private int unitStart;

        /** Digits after the decimal point at {@code dot}, up to the unit: numerator and denominator. */
        private BigInteger[] fraction(int dot) throws Invalid {
            BigInteger numerator = BigInteger.ZERO;
            BigInteger denominator = BigInteger.ONE;
            unitStart = dot;
            while (index < src.length()) {
                int c = next();
                if (isDigit(c)) {
                    denominator = checked(denominator.multiply(BigInteger.TEN));
                    numerator = checked(numerator.multiply(BigInteger.TEN).add(BigInteger.valueOf(c - '0')));
                } else if (isUnitChar(c)) {
                    break;
                } else if (!Character.isWhitespace(c)) {
                    throw new Invalid("invalid character at " + unitStart);
                }
                unitStart = offset();
            }
            if (denominator.equals(BigInteger.ONE)) {
                throw new Invalid("invalid character at " + unitStart);
            }
            return new BigInteger[] {numerator, denominator};
        }

        private BigInteger firstDigit() throws Invalid {
            int off = offset();
            while (index < src.length()) {
                int c = next();
                if (isDigit(c)) {
                    return BigInteger.valueOf(c - '0');
                }
                if (!Character.isWhitespace(c)) {
                    throw new Invalid("expected number at " + off);
                }
            }
            return null;
        }

        private void addUnit(BigInteger n, BigInteger[] fraction, int start, int end) throws Invalid {
            String name = bytes(start, end);
            Unit unit = UNITS.get(name);
            if (unit == null) {
                throw new Invalid(name.isEmpty()
                        ? "time unit needed, for example " + n + "sec or " + n + "ms"
                        : "unknown time unit \"" + name + "\", supported units: ns, us/µs, ms, sec, min, hours, days, "
                                + "weeks, months, years (and few variations)");
            }
            add(checked(n.multiply(BigInteger.valueOf(unit.seconds()))), checked(n.multiply(BigInteger.valueOf(unit.nanos()))));
            if (fraction != null) {
                if (unit.seconds() == 0 && unit.nanos() == 1) {
                    throw overflow();
                }
                boolean subMinute = unit.seconds() <= 60;
                BigInteger factor = subMinute
                        ? BigInteger.valueOf(unit.seconds()).multiply(BigInteger.valueOf(NANOS)).add(BigInteger.valueOf(unit.nanos()))
                        : BigInteger.valueOf(unit.seconds());
                BigInteger[] divided = checked(fraction[0].multiply(factor)).divideAndRemainder(fraction[1]);
                if (divided[1].signum() != 0) {
                    throw overflow();
                }
                add(subMinute ? BigInteger.ZERO : divided[0], subMinute ? divided[0] : BigInteger.ZERO);
            }
        }

        private void add(BigInteger addSecs, BigInteger addNanos) throws Invalid {
            BigInteger totalNanos = checked(BigInteger.valueOf(nanos).add(addNanos));
            BigInteger totalSecs = addSecs;
            if (totalNanos.compareTo(BigInteger.valueOf(NANOS)) > 0) {
                totalSecs = checked(totalSecs.add(totalNanos.divide(BigInteger.valueOf(NANOS))));
                totalNanos = totalNanos.mod(BigInteger.valueOf(NANOS));
            }
            totalSecs = checked(BigInteger.valueOf(secs).add(totalSecs));
            if (totalSecs.bitLength() > 63) {
                throw overflow();
            }
            secs = totalSecs.longValue();
            nanos = totalNanos.longValue();
        }

        private int next() {
            int c = src.codePointAt(index);
            index += Character.charCount(c);
            return c;
        }

        private int offset() {
            return src.substring(0, index).getBytes(StandardCharsets.UTF_8).length;
        }

        private String bytes(int start, int end) {
            byte[] utf8 = src.getBytes(StandardCharsets.UTF_8);
            return new String(utf8, start, end - start, StandardCharsets.UTF_8);
        }

        private static boolean isDigit(int c) {
            return c >= '0' && c <= '9';
        }

        private static boolean isUnitChar(int c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == 'µ';
        }

        private static BigInteger checked(BigInteger value) throws Invalid {
            if (value.compareTo(U64_MAX) > 0) {
                throw overflow();
            }
            return value;
        }

        private static Invalid overflow() {
            return new Invalid("number is too large or cannot be represented without a lack of precision "
                    + "(values below 1ns are not supported)");
        }
    }

    private static Map<String, Unit> units() {
        Map<String, Unit> units = new java.util.HashMap<>();
        put(units, new Unit(0, 1), "nanos", "nsec", "ns");
        put(units, new Unit(0, 1000), "usec", "us", "µs");
        put(units, new Unit(0, 1_000_000), "millis", "msec", "ms");
        put(units, new Unit(1, 0), "seconds", "second", "secs", "sec", "s");
        put(units, new Unit(60, 0), "minutes", "minute", "min", "mins", "m");
        put(units, new Unit(3600, 0), "hours", "hour", "hr", "hrs", "h");
        put(units, new Unit(86_400, 0), "days", "day", "d");
        put(units, new Unit(604_800, 0), "weeks", "week", "wk", "wks", "w");
        put(units, new Unit(MONTH, 0), "months", "month", "M");
        put(units, new Unit(YEAR, 0), "years", "year", "yr", "yrs", "y");
        return Map.copyOf(units);
    }

    private static void put(Map<String, Unit> units, Unit unit, String... names) {
        for (String name : names) {
            units.put(name, unit);
        }
    }
}
