package io.kumofleet.sim;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.ContentReference;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
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
            throw SerdeValues.dataError("", "invalid type: " + SerdeValues.unexpected(value) + ", expected struct " + spec.struct(), at);
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
                    throw SerdeValues.dataError("", "unknown field `" + name + "`, " + expectedFields(), keyEnd);
                }
                parser.nextToken();
                parser.skipChildren();
                continue;
            }
            if (values.containsKey(name)) {
                throw SerdeValues.dataError("", "duplicate field `" + name + "`", keyEnd);
            }
            parser.nextToken();
            JsonNode value = SimJson.MAPPER.readTree(parser);
            values.put(name, SerdeValues.decode(field, value, parser.currentLocation()));
        }
        JsonLocation end = parser.currentLocation();
        for (BodySpec.Field field : spec.fields()) {
            if (field.required() && !values.containsKey(field.name())) {
                throw SerdeValues.dataError("", "missing field `" + field.name() + "`", end);
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

    private static Rejection syntax(String message, JsonLocation at) {
        return Rejection.text(400, "Failed to parse the request body as JSON: " + message + SerdeValues.position(at));
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
