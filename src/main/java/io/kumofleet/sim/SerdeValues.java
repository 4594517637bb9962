package io.kumofleet.sim;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import io.kumofleet.kumod.Humantime;
import io.kumofleet.kumod.RustDebug;
import io.kumofleet.kumod.RustUuid;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What serde makes of one JSON value for each field kind kumod uses, with serde's error wording
 * ({@code invalid type: integer `5`, expected a string}) and serde_path_to_error's paths.
 */
final class SerdeValues {

    private static final BigInteger U64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    private SerdeValues() {}

    /** The Java value of one field, or the 422 serde would give for it. */
    static Object decode(BodySpec.Field field, JsonNode value, JsonLocation at) throws Rejection {
        String path = field.name();
        switch (field.kind()) {
            case OPTIONAL_STRING:
                return value.isNull() ? null : string(path, value, at);
            case STRING:
                return string(path, value, at);
            case BOOLEAN:
                if (!value.isBoolean()) {
                    throw invalidType(path, value, "a boolean", at);
                }
                return value.booleanValue();
            case DURATION:
                return duration(path, value, at);
            case TIMESTAMP:
                return value.isNull() ? null : timestamp(path, value, at);
            case STRING_LIST:
                return stringList(path, value, at);
            case STRING_MAP:
                return stringMap(path, value, at);
            case UUID:
                if (!value.isTextual()) {
                    throw invalidType(path, value, "a UUID string", at);
                }
                try {
                    return RustUuid.parse(value.textValue());
                } catch (RustUuid.Invalid e) {
                    throw dataError(path, "UUID parsing failed: " + e.getMessage(), at);
                }
            case URL:
                return url(path, value, at);
            default:
                throw new AssertionError(field.kind());
        }
    }

    private static String string(String path, JsonNode value, JsonLocation at) throws Rejection {
        if (!value.isTextual()) {
            throw invalidType(path, value, "a string", at);
        }
        return value.textValue();
    }

    /** duration_serde: humantime text, or seconds as a JSON number; negative floats make kumod panic. */
    private static Duration duration(String path, JsonNode value, JsonLocation at) throws Rejection {
        if (value.isNull()) {
            return null;
        }
        if (value.isTextual()) {
            try {
                return Humantime.parse(value.textValue());
            } catch (Humantime.InvalidDurationException e) {
                throw dataError(path, e.getMessage(), at);
            }
        }
        if (value.isIntegralNumber()) {
            BigInteger seconds = value.bigIntegerValue();
            if (seconds.signum() < 0 && seconds.bitLength() < 64) {
                throw dataError(path, "duration must either be a string or a positive integer specifying the number"
                        + " of seconds. (error: out of range integral type conversion attempted)", at);
            }
            if (seconds.signum() < 0 || seconds.compareTo(BigInteger.valueOf(Long.MAX_VALUE)) > 0) {
                throw Rejection.dropConnection(); // parsed as a float out of Duration's range: a panic
            }
            return Duration.ofSeconds(seconds.longValueExact());
        }
        if (value.isNumber()) {
            double seconds = value.doubleValue();
            if (!(seconds >= 0) || seconds >= 0x1p63) {
                throw Rejection.dropConnection(); // Duration::from_secs_f64 panics
            }
            BigInteger nanos = new BigDecimal(seconds).movePointRight(9).setScale(0, RoundingMode.HALF_EVEN)
                    .toBigIntegerExact();
            BigInteger[] parts = nanos.divideAndRemainder(BigInteger.valueOf(1_000_000_000));
            return Duration.ofSeconds(parts[0].longValueExact(), parts[1].longValueExact());
        }
        throw invalidType(path, value, "a duration", at);
    }

    private static Instant timestamp(String path, JsonNode value, JsonLocation at) throws Rejection {
        if (!value.isTextual()) {
            throw invalidType(path, value, "a formatted date and time string or a unix timestamp", at);
        }
        String text = value.textValue();
        StringBuilder normal = new StringBuilder(text);
        if (normal.length() > 10 && (normal.charAt(10) == ' ' || normal.charAt(10) == 't')) {
            normal.setCharAt(10, 'T');
        }
        if (normal.length() > 0 && normal.charAt(normal.length() - 1) == 'z') {
            normal.setCharAt(normal.length() - 1, 'Z');
        }
        try {
            return OffsetDateTime.parse(normal).toInstant();
        } catch (DateTimeParseException e) {
            String reason = text.length() < 20 ? "premature end of input" : "input contains invalid characters";
            throw dataError(path, reason, at);
        }
    }

    private static List<String> stringList(String path, JsonNode value, JsonLocation at) throws Rejection {
        if (!value.isArray()) {
            throw invalidType(path, value, "a sequence", at);
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            out.add(string(path + "[" + i + "]", value.get(i), at));
        }
        return out;
    }

    private static Map<String, String> stringMap(String path, JsonNode value, JsonLocation at) throws Rejection {
        if (!value.isObject()) {
            throw invalidType(path, value, "a map", at);
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            out.put(entry.getKey(), string(path + "." + entry.getKey(), entry.getValue(), at));
        }
        return out;
    }

    /** The url crate's parse: absolute URLs only; http(s) URLs with no path get {@code /}. */
    private static String url(String path, JsonNode value, JsonLocation at) throws Rejection {
        String text = string(path, value, at);
        try {
            URI uri = new URI(text);
            if (uri.getScheme() == null) {
                throw dataError(path, "invalid value: string " + RustDebug.quote(text)
                        + ", expected relative URL without a base", at);
            }
            if (uri.getAuthority() != null && (uri.getRawPath() == null || uri.getRawPath().isEmpty())) {
                return text + "/";
            }
            return uri.toString();
        } catch (URISyntaxException e) {
            throw dataError(path, "invalid value: string " + RustDebug.quote(text) + ", expected invalid URL", at);
        }
    }

    private static Rejection invalidType(String path, JsonNode value, String expected, JsonLocation at) {
        return dataError(path, "invalid type: " + unexpected(value) + ", expected " + expected, at);
    }

    /** serde's {@code Unexpected} rendering of a JSON value. */
    static String unexpected(JsonNode value) {
        if (value.isTextual()) {
            return "string " + RustDebug.quote(value.textValue());
        }
        if (value.isBoolean()) {
            return "boolean `" + value.booleanValue() + "`";
        }
        if (value.isIntegralNumber()) {
            BigInteger n = value.bigIntegerValue();
            // serde_json keeps integers that fit i64 or u64; anything larger is read as a float
            if (n.bitLength() < 64 || (n.signum() >= 0 && n.compareTo(U64_MAX) <= 0)) {
                return "integer `" + n + "`";
            }
        }
        if (value.isNumber()) {
            BigDecimal number = value.decimalValue().stripTrailingZeros();
            String text = number.scale() <= 0 ? number.toBigInteger() + ".0" : number.toPlainString();
            return "floating point `" + text + "`";
        }
        if (value.isNull()) {
            return "null";
        }
        return value.isArray() ? "sequence" : "map";
    }

    static Rejection dataError(String path, String message, JsonLocation at) {
        String prefix = path.isEmpty() ? "" : path + ": ";
        return Rejection.text(422, "Failed to deserialize the JSON body into the target type: " + prefix + message
                + position(at));
    }

    /** serde_json reports the 1-based column of the last character it consumed. */
    static String position(JsonLocation at) {
        if (at == null) {
            return "";
        }
        return " at line " + Math.max(1, at.getLineNr()) + " column " + Math.max(0, at.getColumnNr() - 1);
    }
}
