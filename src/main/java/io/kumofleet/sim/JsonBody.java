package io.kumofleet.sim;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.ContentReference;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import io.kumofleet.kumo.Humantime;
import io.kumofleet.kumo.RustDebug;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
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
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Decodes a request body the way axum's {@code Json<T>} extractor and serde do, with their
 * rejections: 415 without a JSON Content-Type, 400 for malformed JSON, 422 for a body of the wrong
 * shape ({@code Failed to deserialize the JSON body into the target type: <path>: <serde message>
 * at line L column C}). Fields are checked in the order they appear, so the first problem wins.
 */
final class JsonBody {

    private static final BigInteger U64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    private final BodySpec spec;
    private final JsonParser parser;
    private final Map<String, Object> values = new HashMap<>();

    private JsonBody(BodySpec spec, JsonParser parser) {
        this.spec = spec;
        this.parser = parser;
    }

    static DecodedBody decode(RoutingContext ctx, BodySpec spec) throws Rejection {
        if (!isJson(ctx.request().getHeader("content-type"))) {
            throw Rejection.text(415, "Expected request with `Content-Type: application/json`");
        }
        Buffer body = ctx.body().buffer();
        byte[] bytes = body == null ? new byte[0] : body.getBytes();
        try (JsonParser parser = SimJson.MAPPER.getFactory().createParser(bytes)) {
            return new JsonBody(spec, parser).read();
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            if (at != null && !(e instanceof JsonEOFException)) {
                // Jackson points at the offending character, as serde does, rather than just past it
                at = new JsonLocation(ContentReference.unknown(), -1L, at.getLineNr(), at.getColumnNr() + 1);
            }
            throw syntax(describe(e), at);
        } catch (IOException e) {
            throw syntax("I/O error " + e.getMessage(), null);
        }
    }

    /** axum's check: {@code application/json} or any {@code application/*+json}. */
    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String mime = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return mime.equals("application/json") || (mime.startsWith("application/") && mime.endsWith("+json"));
    }

    private DecodedBody read() throws IOException, Rejection {
        JsonToken first = parser.nextToken();
        if (first == null) {
            throw syntax("EOF while parsing a value", parser.currentLocation());
        }
        if (first != JsonToken.START_OBJECT) {
            JsonNode value = SimJson.MAPPER.readTree(parser);
            JsonLocation at = parser.currentLocation();
            expectEnd();
            throw data("", "invalid type: " + unexpected(value) + ", expected struct " + spec.struct(), at);
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonLocation keyStart = parser.currentTokenLocation();
            // serde points at the key's closing quote
            JsonLocation keyEnd = new JsonLocation(ContentReference.unknown(), -1L, keyStart.getLineNr(),
                    keyStart.getColumnNr() + name.length() + 2);
            BodySpec.Field field = spec.field(name);
            if (field == null) {
                if (spec.denyUnknownFields()) {
                    throw data("", "unknown field `" + name + "`, " + expectedFields(), keyEnd);
                }
                parser.nextToken();
                parser.skipChildren();
                continue;
            }
            if (values.containsKey(name)) {
                throw data("", "duplicate field `" + name + "`", keyEnd);
            }
            parser.nextToken();
            JsonNode value = SimJson.MAPPER.readTree(parser);
            values.put(name, decodeField(field, value, parser.currentLocation()));
        }
        JsonLocation end = parser.currentLocation();
        for (BodySpec.Field field : spec.fields()) {
            if (field.required() && !values.containsKey(field.name())) {
                throw data("", "missing field `" + field.name() + "`", end);
            }
        }
        expectEnd();
        return new DecodedBody(values);
    }

    private void expectEnd() throws IOException, Rejection {
        if (parser.nextToken() != null) {
            throw syntax("trailing characters", parser.currentLocation());
        }
    }

    private Object decodeField(BodySpec.Field field, JsonNode value, JsonLocation at) throws Rejection {
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
                    return StrictUuid.parse(value.textValue());
                } catch (IllegalArgumentException e) {
                    throw data(path, "UUID parsing failed: " + e.getMessage(), at);
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
                throw data(path, e.getMessage(), at);
            }
        }
        if (value.isIntegralNumber()) {
            BigInteger seconds = value.bigIntegerValue();
            if (seconds.signum() < 0 && seconds.bitLength() < 64) {
                throw data(path, "duration must either be a string or a positive integer specifying the number"
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
            throw data(path, reason, at);
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
                throw data(path, "invalid value: string " + RustDebug.quote(text)
                        + ", expected relative URL without a base", at);
            }
            if (uri.getAuthority() != null && (uri.getRawPath() == null || uri.getRawPath().isEmpty())) {
                return text + "/";
            }
            return uri.toString();
        } catch (URISyntaxException e) {
            throw data(path, "invalid value: string " + RustDebug.quote(text) + ", expected invalid URL", at);
        }
    }

    private String expectedFields() {
        List<String> names = new ArrayList<>();
        spec.fields().forEach(f -> names.add("`" + f.name() + "`"));
        if (names.isEmpty()) {
            return "there are no fields";
        }
        if (names.size() == 1) {
            return "expected " + names.get(0);
        }
        if (names.size() == 2) {
            return "expected " + names.get(0) + " or " + names.get(1);
        }
        return "expected one of " + String.join(", ", names);
    }

    private static Rejection invalidType(String path, JsonNode value, String expected, JsonLocation at) {
        return data(path, "invalid type: " + unexpected(value) + ", expected " + expected, at);
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

    private static Rejection data(String path, String message, JsonLocation at) {
        String prefix = path.isEmpty() ? "" : path + ": ";
        return Rejection.text(422, "Failed to deserialize the JSON body into the target type: " + prefix + message
                + position(at));
    }

    private static Rejection syntax(String message, JsonLocation at) {
        return Rejection.text(400, "Failed to parse the request body as JSON: " + message + position(at));
    }

    /** serde_json reports the 1-based column of the last character it consumed. */
    private static String position(JsonLocation at) {
        if (at == null) {
            return "";
        }
        return " at line " + Math.max(1, at.getLineNr()) + " column " + Math.max(0, at.getColumnNr() - 1);
    }

    private static String describe(JsonProcessingException e) {
        if (e instanceof JsonEOFException) {
            return "EOF while parsing a value";
        }
        String message = e.getOriginalMessage();
        if (message != null && message.contains("was expecting double-quote to start field name")) {
            return "key must be a string";
        }
        if (message != null && message.contains("was expecting comma")) {
            return "expected `,` or `}`";
        }
        return "expected value";
    }
}
