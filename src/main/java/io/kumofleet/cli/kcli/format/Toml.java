package io.kumofleet.cli.kcli.format;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * TOML as kcli prints an egress path configuration (its {@code toml_encode_pretty_compact}): the
 * values of each table sorted by key, sub-tables after them in their original order under
 * {@code [dotted.name]} headers, empty tables written inline as {@code {}} and nulls left out.
 */
public final class Toml {

    private Toml() {}

    public static String render(JsonNode root) {
        StringBuilder out = new StringBuilder();
        table(out, root, "", new boolean[] {true});
        return out.toString();
    }

    private static void table(StringBuilder out, JsonNode table, String path, boolean[] first) {
        List<Map.Entry<String, JsonNode>> values = new ArrayList<>();
        List<Map.Entry<String, JsonNode>> tables = new ArrayList<>();
        List<Map.Entry<String, JsonNode>> arraysOfTables = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = table.fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = field.getValue();
            if (value.isNull()) {
                continue;
            }
            if (value.isObject() && hasContent(value)) {
                tables.add(field);
            } else if (isArrayOfTables(value)) {
                arraysOfTables.add(field);
            } else {
                values.add(field);
            }
        }
        values.sort((a, b) -> java.util.Arrays.compare(a.getKey().codePoints().toArray(), b.getKey().codePoints().toArray()));
        if (!values.isEmpty()) {
            if (!path.isEmpty()) {
                out.append(first[0] ? "" : "\n").append('[').append(path).append("]\n");
            }
            first[0] = false;
        }
        for (Map.Entry<String, JsonNode> value : values) {
            out.append(key(value.getKey())).append(" = ").append(inline(value.getValue())).append('\n');
        }
        for (Map.Entry<String, JsonNode> sub : tables) {
            table(out, sub.getValue(), dotted(path, sub.getKey()), first);
        }
        for (Map.Entry<String, JsonNode> array : arraysOfTables) {
            for (JsonNode element : array.getValue()) {
                out.append(first[0] ? "" : "\n").append("[[").append(dotted(path, array.getKey())).append("]]\n");
                first[0] = false;
                StringBuilder body = new StringBuilder();
                table(body, element, "", new boolean[] {false});
                out.append(body);
            }
        }
    }

    private static boolean hasContent(JsonNode object) {
        for (JsonNode value : object) {
            if (!value.isNull()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isArrayOfTables(JsonNode value) {
        if (!value.isArray() || value.isEmpty()) {
            return false;
        }
        for (JsonNode element : value) {
            if (!element.isObject()) {
                return false;
            }
        }
        return true;
    }

    private static String dotted(String path, String key) {
        return path.isEmpty() ? key(key) : path + "." + key(key);
    }

    private static String inline(JsonNode value) {
        if (value.isTextual()) {
            return string(value.textValue());
        }
        if (value.isBoolean() || value.isIntegralNumber()) {
            return value.asText();
        }
        if (value.isNumber()) {
            return number(value.doubleValue());
        }
        if (value.isArray()) {
            StringJoiner items = new StringJoiner(", ", "[", "]");
            value.forEach(item -> {
                if (!item.isNull()) {
                    items.add(inline(item));
                }
            });
            return items.toString();
        }
        StringJoiner fields = new StringJoiner(", ", "{ ", " }").setEmptyValue("{}");
        value.fields().forEachRemaining(field -> {
            if (!field.getValue().isNull()) {
                fields.add(key(field.getKey()) + " = " + inline(field.getValue()));
            }
        });
        return fields.toString();
    }

    private static String key(String key) {
        return !key.isEmpty() && key.matches("[A-Za-z0-9_-]+") ? key : string(key);
    }

    /** A basic string when nothing needs escaping, else a literal one when possible, else escaped. */
    private static String string(String text) {
        boolean control = text.chars().anyMatch(c -> (c < 0x20 && c != '\t') || c == 0x7f);
        if (!control && text.indexOf('"') < 0 && text.indexOf('\\') < 0) {
            return '"' + text + '"';
        }
        if (!control && text.indexOf('\'') < 0) {
            return "'" + text + "'";
        }
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> out.append(c < 0x20 || c == 0x7f ? String.format("\\u%04X", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }

    private static String number(double value) {
        if (Double.isNaN(value)) {
            return "nan";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        String plain = new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
        return plain.contains(".") ? plain : plain + ".0";
    }
}
