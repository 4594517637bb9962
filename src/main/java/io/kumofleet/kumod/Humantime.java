// Over 300 lines: one port of the humantime crate, whose parser, formatter and error texts mirror each other.
package io.kumofleet.kumod;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Parses and formats durations exactly as Rust's {@code humantime} 2.4 crate does, which is what
 * kumod uses for every duration it reads or writes (CONTRACT.md section 0, "Durations").
 *
 * <p>Parsing accepts sums of {@code <number><unit>} spans, optionally separated by whitespace
 * ({@code "1h 30m"}, {@code "1h30m"}, {@code "20 min 17 nsec"}), decimal fractions where they can be
 * represented exactly in nanoseconds ({@code "1.5h"}, {@code "4.2s"}), and the bare string
 * {@code "0"}. Any other unit-less number fails. A year is 365.25 days and a month 30.44 days.
 *
 * <p>Formatting gives space-separated components from years down to nanoseconds with zero
 * components omitted, e.g. {@code "4m 50s 207ms 320us 231ns"}, {@code "1day 2h"}, {@code "2years"},
 * and {@code "0s"} for zero.
 */
public final class Humantime {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final long SECONDS_PER_DAY = 86_400L;
    private static final long SECONDS_PER_MONTH = 2_630_016L; // 30.44 days
    private static final long SECONDS_PER_YEAR = 31_557_600L; // 365.25 days

    private Humantime() {}

    /**
     * Parses a humantime duration string.
     *
     * @throws InvalidDurationException naming the input and, in {@link InvalidDurationException#reason()},
     *     humantime's own explanation
     */
    public static Duration parse(String text) {
        if (text == null) {
            throw new InvalidDurationException("", "value was empty");
        }
        if (text.equals("0")) {
            return Duration.ZERO;
        }
        try {
            return new Parser(text).parse();
        } catch (ParseFailure failure) {
            throw new InvalidDurationException(text, failure.getMessage());
        }
    }

    /** Formats a non-negative duration the way {@code humantime::format_duration} does. */
    /** Reformats a humantime string as kumod and kcli write it after reading it; unparseable text is kept. */
    public static String normalize(String text) {
        try {
            return format(parse(text));
        } catch (InvalidDurationException e) {
            return text;
        }
    }

    public static String format(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("humantime cannot format a negative duration: " + duration);
        }
        long secs = duration.getSeconds();
        int nanos = duration.getNano();
        if (secs == 0 && nanos == 0) {
            return "0s";
        }
        long years = secs / SECONDS_PER_YEAR;
        long yearRemainder = secs % SECONDS_PER_YEAR;
        long months = yearRemainder / SECONDS_PER_MONTH;
        long monthRemainder = yearRemainder % SECONDS_PER_MONTH;
        long days = monthRemainder / SECONDS_PER_DAY;
        long daySeconds = monthRemainder % SECONDS_PER_DAY;

        StringBuilder out = new StringBuilder();
        appendPlural(out, years, "year");
        appendPlural(out, months, "month");
        appendPlural(out, days, "day");
        append(out, daySeconds / 3600, "h");
        append(out, daySeconds % 3600 / 60, "m");
        append(out, daySeconds % 60, "s");
        append(out, nanos / 1_000_000, "ms");
        append(out, nanos / 1000 % 1000, "us");
        append(out, nanos % 1000, "ns");
        return out.toString();
    }

    private static void appendPlural(StringBuilder out, long value, String name) {
        if (value > 0) {
            append(out, value, name);
            if (value > 1) {
                out.append('s');
            }
        }
    }

    private static void append(StringBuilder out, long value, String name) {
        if (value > 0) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(value).append(name);
        }
    }

    /** A duration string humantime rejects; the message names the input in serde's words. */
    public static final class InvalidDurationException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        private final String input;
        private final String reason;

        InvalidDurationException(String input, String reason) {
            super("invalid value: string " + RustDebug.quote(input) + ", expected a duration");
            this.input = input;
            this.reason = reason;
        }

        /** The rejected text. */
        public String input() {
            return input;
        }

        /** humantime's explanation, e.g. {@code time unit needed, for example 5sec or 5ms}. */
        public String reason() {
            return reason;
        }
    }

    /** Internal failure carrying humantime's error text; turned into the public exception above. */
    private static final class ParseFailure extends Exception {
        private static final long serialVersionUID = 1L;

        ParseFailure(String message) {
            super(message, null, false, false);
        }

        static ParseFailure invalidCharacter(int offset) {
            return new ParseFailure("invalid character at " + offset);
        }

        static ParseFailure numberExpected(int offset) {
            return new ParseFailure("expected number at " + offset);
        }

        static ParseFailure overflow() {
            return new ParseFailure("number is too large or cannot be represented without a lack of "
                    + "precision (values below 1ns are not supported)");
        }

        static ParseFailure unknownUnit(String unit, long value) {
            if (unit.isEmpty()) {
                String n = Long.toUnsignedString(value);
                return new ParseFailure("time unit needed, for example " + n + "sec or " + n + "ms");
            }
            return new ParseFailure("unknown time unit " + RustDebug.quote(unit) + ", supported units: "
                    + "ns, us/µs, ms, sec, min, hours, days, weeks, months, years (and few variations)");
        }
    }

    private enum Unit {
        NANOSECOND, MICROSECOND, MILLISECOND, SECOND, MINUTE, HOUR, DAY, WEEK, MONTH, YEAR;

        static Unit of(String word) {
            switch (word) {
                case "nanos": case "nsec": case "ns":
                    return NANOSECOND;
                case "usec": case "us": case "µs":
                    return MICROSECOND;
                case "millis": case "msec": case "ms":
                    return MILLISECOND;
                case "seconds": case "second": case "secs": case "sec": case "s":
                    return SECOND;
                case "minutes": case "minute": case "min": case "mins": case "m":
                    return MINUTE;
                case "hours": case "hour": case "hr": case "hrs": case "h":
                    return HOUR;
                case "days": case "day": case "d":
                    return DAY;
                case "weeks": case "week": case "wk": case "wks": case "w":
                    return WEEK;
                case "months": case "month": case "M":
                    return MONTH;
                case "years": case "year": case "yr": case "yrs": case "y":
                    return YEAR;
                default:
                    return null;
            }
        }
    }

    /**
     * A cursor over the code points of the input that also tracks UTF-8 byte offsets, because
     * humantime's error messages report byte offsets.
     */
    private static final class Parser {
        private final String src;
        private int index; // char index into src
        private int byteOffset; // UTF-8 offset of index
        private long seconds; // unsigned, as Rust's u64
        private long nanos;

        Parser(String src) {
            this.src = src;
        }

        Duration parse() throws ParseFailure {
            Long first = firstDigit();
            if (first == null) {
                throw new ParseFailure("value was empty");
            }
            long n = first;
            outer:
            while (true) {
                Fraction fraction = null;
                int[] off = {byteOffset};
                while (hasNext()) {
                    int c = next();
                    if (isDigit(c)) {
                        n = addUnsigned(multiplyUnsigned(n, 10), c - '0');
                    } else if (isRustWhitespace(c)) {
                        // humantime allows whitespace inside the number
                    } else if (isUnitChar(c)) {
                        break;
                    } else if (c == '.') {
                        fraction = fraction(off);
                        break;
                    } else {
                        throw ParseFailure.invalidCharacter(off[0]);
                    }
                    off[0] = byteOffset;
                }
                int start = off[0];
                int unitEnd = byteOffset;
                while (hasNext()) {
                    int c = next();
                    if (isDigit(c)) {
                        addUnit(n, fraction, start, unitEnd);
                        n = c - '0';
                        continue outer;
                    } else if (isRustWhitespace(c)) {
                        break;
                    } else if (!isUnitChar(c)) {
                        throw ParseFailure.invalidCharacter(unitEnd);
                    }
                    unitEnd = byteOffset;
                }
                addUnit(n, fraction, start, unitEnd);
                Long next = firstDigit();
                if (next == null) {
                    if (seconds < 0) {
                        throw ParseFailure.overflow(); // beyond what java.time.Duration holds
                    }
                    return Duration.ofSeconds(seconds, nanos);
                }
                n = next;
            }
        }

        private Long firstDigit() throws ParseFailure {
            int off = byteOffset;
            while (hasNext()) {
                int c = next();
                if (isDigit(c)) {
                    return (long) (c - '0');
                }
                if (!isRustWhitespace(c)) {
                    throw ParseFailure.numberExpected(off);
                }
            }
            return null;
        }

        private Fraction fraction(int[] off) throws ParseFailure {
            long numerator = 0;
            long denominator = 1;
            while (hasNext()) {
                int c = next();
                if (isDigit(c)) {
                    denominator = multiplyUnsigned(denominator, 10);
                    numerator = addUnsigned(multiplyUnsigned(numerator, 10), c - '0');
                } else if (isRustWhitespace(c)) {
                    // ignored, as in the integer part
                } else if (isUnitChar(c)) {
                    break;
                } else {
                    throw ParseFailure.invalidCharacter(off[0]);
                }
                off[0] = byteOffset;
            }
            if (denominator == 1) {
                throw ParseFailure.invalidCharacter(off[0]);
            }
            return new Fraction(numerator, denominator);
        }

        private void addUnit(long n, Fraction fraction, int startByte, int endByte) throws ParseFailure {
            String word = substringBytes(startByte, endByte);
            Unit unit = Unit.of(word);
            if (unit == null) {
                throw ParseFailure.unknownUnit(word, n);
            }
            switch (unit) {
                case NANOSECOND: addCurrent(0, n); break;
                case MICROSECOND: addCurrent(0, multiplyUnsigned(n, 1000)); break;
                case MILLISECOND: addCurrent(0, multiplyUnsigned(n, 1_000_000)); break;
                case SECOND: addCurrent(n, 0); break;
                case MINUTE: addCurrent(multiplyUnsigned(n, 60), 0); break;
                case HOUR: addCurrent(multiplyUnsigned(n, 3600), 0); break;
                case DAY: addCurrent(multiplyUnsigned(n, SECONDS_PER_DAY), 0); break;
                case WEEK: addCurrent(multiplyUnsigned(n, SECONDS_PER_DAY * 7), 0); break;
                case MONTH: addCurrent(multiplyUnsigned(n, SECONDS_PER_MONTH), 0); break;
                case YEAR: addCurrent(multiplyUnsigned(n, SECONDS_PER_YEAR), 0); break;
                default: throw new AssertionError(unit);
            }
            if (fraction == null) {
                return;
            }
            long num = fraction.numerator;
            long den = fraction.denominator;
            switch (unit) {
                case NANOSECOND: throw ParseFailure.overflow();
                case MICROSECOND: addCurrent(0, exactDivide(multiplyUnsigned(num, 1000), den)); break;
                case MILLISECOND: addCurrent(0, exactDivide(multiplyUnsigned(num, 1_000_000), den)); break;
                case SECOND: addCurrent(0, exactDivide(multiplyUnsigned(num, NANOS_PER_SECOND), den)); break;
                case MINUTE: addCurrent(0, exactDivide(multiplyUnsigned(num, 60 * NANOS_PER_SECOND), den)); break;
                case HOUR: addCurrent(exactDivide(multiplyUnsigned(num, 3600), den), 0); break;
                case DAY: addCurrent(exactDivide(multiplyUnsigned(num, SECONDS_PER_DAY), den), 0); break;
                case WEEK: addCurrent(exactDivide(multiplyUnsigned(num, SECONDS_PER_DAY * 7), den), 0); break;
                case MONTH: addCurrent(exactDivide(multiplyUnsigned(num, SECONDS_PER_MONTH), den), 0); break;
                case YEAR: addCurrent(exactDivide(multiplyUnsigned(num, SECONDS_PER_YEAR), den), 0); break;
                default: throw new AssertionError(unit);
            }
        }

        private void addCurrent(long addSeconds, long addNanos) throws ParseFailure {
            long totalNanos = addUnsigned(nanos, addNanos);
            long sec = addSeconds;
            // humantime carries only above one second; exactly one second is carried by Duration::new
            if (Long.compareUnsigned(totalNanos, NANOS_PER_SECOND) > 0) {
                sec = addUnsigned(sec, Long.divideUnsigned(totalNanos, NANOS_PER_SECOND));
                totalNanos = Long.remainderUnsigned(totalNanos, NANOS_PER_SECOND);
            }
            sec = addUnsigned(seconds, sec);
            if (totalNanos == NANOS_PER_SECOND) {
                sec = addUnsigned(sec, 1);
                totalNanos = 0;
            }
            seconds = sec;
            nanos = totalNanos;
        }

        private boolean hasNext() {
            return index < src.length();
        }

        private int next() {
            int c = src.codePointAt(index);
            index += Character.charCount(c);
            byteOffset += utf8Length(c);
            return c;
        }

        private String substringBytes(int startByte, int endByte) {
            byte[] bytes = src.getBytes(StandardCharsets.UTF_8);
            return new String(bytes, startByte, endByte - startByte, StandardCharsets.UTF_8);
        }
    }

    private record Fraction(long numerator, long denominator) {}

    private static long multiplyUnsigned(long a, long b) throws ParseFailure {
        if (a != 0 && Long.compareUnsigned(b, Long.divideUnsigned(-1L, a)) > 0) {
            throw ParseFailure.overflow();
        }
        return a * b;
    }

    private static long addUnsigned(long a, long b) throws ParseFailure {
        long sum = a + b;
        if (Long.compareUnsigned(sum, a) < 0) {
            throw ParseFailure.overflow();
        }
        return sum;
    }

    private static long exactDivide(long value, long divisor) throws ParseFailure {
        if (Long.remainderUnsigned(value, divisor) != 0) {
            throw ParseFailure.overflow();
        }
        return Long.divideUnsigned(value, divisor);
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isUnitChar(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == 'µ';
    }

    /** Rust's {@code char::is_whitespace}: the Unicode White_Space property, unlike Java's. */
    static boolean isRustWhitespace(int c) {
        return (c >= 0x09 && c <= 0x0D) || c == 0x20 || c == 0x85 || c == 0xA0 || c == 0x1680
                || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F
                || c == 0x205F || c == 0x3000;
    }

    private static int utf8Length(int c) {
        if (c < 0x80) {
            return 1;
        }
        if (c < 0x800) {
            return 2;
        }
        return c < 0x10000 ? 3 : 4;
    }
}
