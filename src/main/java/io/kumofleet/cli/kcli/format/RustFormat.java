package io.kumofleet.cli.kcli.format;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/** Rust's standard formatting of the values kcli prints, where Java's would differ. */
public final class RustFormat {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.ROOT);

    private RustFormat() {}

    /** {@code format!("{:.1}", value)}: exact decimal expansion rounded half to even. */
    static String oneDecimal(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.isNaN(value) ? "NaN" : value > 0 ? "inf" : "-inf";
        }
        return new BigDecimal(value).setScale(1, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** chrono's {@code Display} for {@code DateTime<Utc>}: {@code 2026-06-19 13:42:17.123 UTC}. */
    public static String utc(Instant instant) {
        LocalDateTime time = LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
        int nanos = time.getNano();
        String fraction = nanos == 0 ? ""
                : nanos % 1_000_000 == 0 ? String.format(Locale.ROOT, ".%03d", nanos / 1_000_000)
                : nanos % 1000 == 0 ? String.format(Locale.ROOT, ".%06d", nanos / 1000)
                : String.format(Locale.ROOT, ".%09d", nanos);
        return DATE_TIME.format(time) + fraction + " UTC";
    }

    /**
     * {@code format!("{:>5.0?}", duration)}: Debug with no decimals (rounded half up, staying in
     * the unit chosen before rounding), right-aligned to five characters.
     */
    public static String elapsed(Duration duration) {
        long secs = duration.getSeconds();
        long nanos = duration.getNano();
        String text;
        if (secs > 0) {
            text = (nanos >= 500_000_000 ? secs + 1 : secs) + "s";
        } else if (nanos >= 1_000_000) {
            text = (nanos / 1_000_000 + (nanos % 1_000_000 >= 500_000 ? 1 : 0)) + "ms";
        } else if (nanos >= 1000) {
            text = (nanos / 1000 + (nanos % 1000 >= 500 ? 1 : 0)) + "µs";
        } else {
            text = nanos + "ns";
        }
        return " ".repeat(Math.max(0, 5 - text.codePointCount(0, text.length()))) + text;
    }

    /** {@code str::escape_debug}, as kcli applies it to every traced line. */
    public static String escapeDebug(String text) {
        return escape(text, true, false);
    }

    /** {@code {:?}} of a string: quoted, with single quotes left alone. */
    static String debugString(String text) {
        return '"' + escape(text, false, true) + '"';
    }

    /** {@code {:?}} of a {@code serde_json::Value}, e.g. {@code Object {"a": String("b")}}. */
    public static String debugValue(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return "Null";
        }
        if (value.isBoolean()) {
            return "Bool(" + value.booleanValue() + ")";
        }
        if (value.isNumber()) {
            return "Number(" + number(value) + ")";
        }
        if (value.isTextual()) {
            return "String(" + debugString(value.textValue()) + ")";
        }
        StringBuilder out = new StringBuilder(value.isArray() ? "Array [" : "Object {");
        if (value.isArray()) {
            for (Iterator<JsonNode> items = value.elements(); items.hasNext();) {
                out.append(debugValue(items.next())).append(items.hasNext() ? ", " : "");
            }
            return out.append(']').toString();
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = PrettyJson.sorted(value).fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            out.append(debugString(field.getKey())).append(": ").append(debugValue(field.getValue()))
                    .append(fields.hasNext() ? ", " : "");
        }
        return out.append('}').toString();
    }

    /** {@code {:?}} of an {@code Option<bool>}. */
    public static String debugOptionalBool(JsonNode value) {
        return value == null || value.isNull() ? "None" : "Some(" + value.asBoolean() + ")";
    }

    /** {@code {:?}} of an {@code Option<Value>} ({@code Some(String("x"))} or {@code None}). */
    public static String debugOptionalValue(JsonNode value) {
        return value == null || value.isNull() ? "None" : "Some(" + debugValue(value) + ")";
    }

    /** {@code {:?}} of an {@code Option<String>}. */
    public static String debugOptionalString(JsonNode value) {
        return value == null || value.isNull() ? "None" : "Some(" + debugString(value.asText()) + ")";
    }

    /** serde_json's {@code Number} Display: integers as written, floats as Rust prints an f64. */
    private static String number(JsonNode value) {
        if (value.isIntegralNumber()) {
            return value.bigIntegerValue().toString();
        }
        double d = value.doubleValue();
        if (Double.isInfinite(d) || Double.isNaN(d)) {
            return Double.isNaN(d) ? "NaN" : d > 0 ? "inf" : "-inf";
        }
        return new BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
    }

    private static String escape(String text, boolean singleQuote, boolean everyGraphemeExtend) {
        StringBuilder out = new StringBuilder(text.length());
        boolean first = true;
        for (int i = 0; i < text.length();) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            switch (c) {
                case 0 -> out.append("\\0");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                case '\n' -> out.append("\\n");
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\'' -> out.append(singleQuote ? "\\'" : "'");
                default -> {
                    if (!printable(c) || ((first || everyGraphemeExtend) && graphemeExtend(c))) {
                        out.append("\\u{").append(Integer.toHexString(c)).append('}');
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
            first = false;
        }
        return out.toString();
    }

    /** Approximates Rust's {@code is_printable} with Unicode general categories. */
    private static boolean printable(int c) {
        if (c < 0x20 || c == 0x7f) {
            return false;
        }
        if (c < 0x7f) {
            return true;
        }
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                    Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> false;
            default -> true;
        };
    }

    private static boolean graphemeExtend(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }
}
