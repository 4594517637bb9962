package io.kumofleet.metrics;

import java.nio.charset.StandardCharsets;

/**
 * Parses a sample value with the grammar of Rust's {@code f64::from_str}, which is what kcli uses:
 * an optional sign, then digits with an optional fraction and exponent ({@code 42}, {@code 0.017},
 * {@code 5.}, {@code .5}, {@code 1e-3}), or {@code inf}, {@code infinity}, {@code nan} in any case
 * (so Prometheus' {@code +Inf}, {@code -Inf} and {@code NaN}). Anything else is not a number.
 */
final class SampleValues {

    private SampleValues() {}

    /** The value of {@code buf[from, to)}, or {@link Double#NaN} with {@code ok[0] = false} when malformed. */
    static double parse(byte[] buf, int from, int to, boolean[] ok) {
        int i = from;
        boolean negative = false;
        if (i < to && (buf[i] == '-' || buf[i] == '+')) {
            negative = buf[i] == '-';
            i++;
        }
        long n = 0;
        int digitsStart = i;
        while (i < to) {
            int d = buf[i] - '0';
            if (d < 0 || d > 9) {
                break;
            }
            n = n * 10 + d;
            i++;
        }
        int digits = i - digitsStart;
        ok[0] = true;
        if (i == to && digits > 0 && digits <= 18) {
            return negative ? -(double) n : (double) n;
        }
        return slow(buf, from, to, ok);
    }

    private static double slow(byte[] buf, int from, int to, boolean[] ok) {
        String text = new String(buf, from, to - from, StandardCharsets.ISO_8859_1);
        int i = text.isEmpty() || (text.charAt(0) != '+' && text.charAt(0) != '-') ? 0 : 1;
        String body = text.substring(i);
        if (body.equalsIgnoreCase("inf") || body.equalsIgnoreCase("infinity")) {
            return text.charAt(0) == '-' ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (body.equalsIgnoreCase("nan")) {
            return Double.NaN;
        }
        if (!isDecimal(body)) {
            ok[0] = false;
            return Double.NaN;
        }
        return Double.parseDouble(text);
    }

    private static boolean isDecimal(String s) {
        int i = 0;
        int n = s.length();
        int intDigits = 0;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
            intDigits++;
        }
        int fracDigits = 0;
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                fracDigits++;
            }
        }
        if (intDigits + fracDigits == 0) {
            return false;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int expDigits = 0;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                expDigits++;
            }
            if (expDigits == 0) {
                return false;
            }
        }
        return i == n;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
