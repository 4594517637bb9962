package io.kumofleet.cli.kcli.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * JSON written exactly as serde_json writes it: {@code to_string_pretty} (two-space indent,
 * {@code "key": value}, one array item per line, {@code []} and {@code {}} when empty) and
 * {@code to_string} (compact), with serde_json's string escapes and float notation.
 */
public final class PrettyJson {

    private PrettyJson() {}

    /** {@code serde_json::to_string_pretty}. */
    public static String pretty(JsonNode value) {
        StringBuilder out = new StringBuilder();
        write(out, value, 0, true);
        return out.toString();
    }

    /** {@code serde_json::to_string}. */
    public static String compact(JsonNode value) {
        StringBuilder out = new StringBuilder();
        write(out, value, 0, false);
        return out.toString();
    }

    /**
     * A copy with every object's keys in code point order, as a {@code serde_json::Value} holds them
     * (kcli's serde_json keeps maps in a BTreeMap).
     */
    public static JsonNode sorted(JsonNode value) {
        if (value.isObject()) {
            List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
            value.fields().forEachRemaining(fields::add);
            fields.sort((a, b) -> compareCodePoints(a.getKey(), b.getKey()));
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            fields.forEach(field -> copy.set(field.getKey(), sorted(field.getValue())));
            return copy;
        }
        if (value.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            value.forEach(item -> copy.add(sorted(item)));
            return copy;
        }
        return value;
    }

    private static void write(StringBuilder out, JsonNode value, int depth, boolean pretty) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            out.append("null");
        } else if (value.isTextual()) {
            string(out, value.textValue());
        } else if (value.isBoolean()) {
            out.append(value.booleanValue());
        } else if (value.isIntegralNumber()) {
            out.append(value.bigIntegerValue());
        } else if (value.isNumber()) {
            out.append(float64(value.doubleValue()));
        } else if (value.isArray()) {
            container(out, value.elements(), null, depth, pretty, '[', ']');
        } else if (value.isObject()) {
            container(out, null, value.fields(), depth, pretty, '{', '}');
        } else {
            string(out, value.asText());
        }
    }

    private static void container(StringBuilder out, Iterator<JsonNode> items, Iterator<Map.Entry<String, JsonNode>> fields,
            int depth, boolean pretty, char open, char close) {
        out.append(open);
        boolean empty = true;
        while (items != null ? items.hasNext() : fields.hasNext()) {
            out.append(empty ? "" : ",");
            if (pretty) {
                out.append('\n').append("  ".repeat(depth + 1));
            }
            if (items != null) {
                write(out, items.next(), depth + 1, pretty);
            } else {
                Map.Entry<String, JsonNode> field = fields.next();
                string(out, field.getKey());
                out.append(pretty ? ": " : ":");
                write(out, field.getValue(), depth + 1, pretty);
            }
            empty = false;
        }
        if (pretty && !empty) {
            out.append('\n').append("  ".repeat(depth));
        }
        out.append(close);
    }

    private static void string(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** The ryu notation serde_json uses for an f64 (non-finite values become null, as in serde_json). */
    static String float64(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "null";
        }
        if (value == 0) {
            return (1 / value < 0) ? "-0.0" : "0.0";
        }
        BigDecimal decimal = new BigDecimal(Double.toString(Math.abs(value))).stripTrailingZeros();
        String digits = decimal.unscaledValue().toString();
        int length = digits.length();
        int point = length - decimal.scale(); // position of the decimal point relative to the digits
        String sign = value < 0 ? "-" : "";
        if (decimal.scale() <= 0 && point <= 16) {
            return sign + digits + "0".repeat(point - length) + ".0";
        }
        if (point > 0 && point <= 16) {
            return sign + digits.substring(0, point) + "." + digits.substring(point);
        }
        if (point > -5 && point <= 0) {
            return sign + "0." + "0".repeat(-point) + digits;
        }
        String exponent = "e" + (point - 1);
        return sign + (length == 1 ? digits : digits.charAt(0) + "." + digits.substring(1)) + exponent;
    }

    private static int compareCodePoints(String a, String b) {
        return java.util.Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray());
    }
}
