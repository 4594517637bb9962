package io.kumofleet.cli.kcli.trace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import io.kumofleet.cli.kcli.format.KcliError;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One trace event frame: {@code {"conn_meta": …, "payload": …, "when": …}}, the payload being
 * serde's externally tagged enum (a bare variant name, or a one-key object holding its data).
 */
record TraceEvent(JsonNode connMeta, String variant, JsonNode data, Instant when) {

    /** Reads a frame; anything kcli could not read fails the trace, as it does in kcli. */
    static TraceEvent parse(ObjectMapper mapper, String frame, List<String> variants) {
        JsonNode event;
        try {
            event = mapper.readTree(frame);
        } catch (JsonProcessingException e) {
            throw new KcliError(KcliError.serdeMessage(e, frame));
        }
        if (event == null || !event.isObject()) {
            throw new KcliError("invalid type: expected struct with conn_meta, payload and when");
        }
        for (String field : List.of("conn_meta", "payload", "when")) {
            if (!event.has(field)) {
                throw new KcliError("missing field `" + field + "`");
            }
        }
        JsonNode payload = event.get("payload");
        String variant = payload.isTextual() ? payload.textValue()
                : payload.isObject() && payload.size() == 1 ? payload.fieldNames().next() : null;
        if (variant == null) {
            throw new KcliError("invalid type: expected enum");
        }
        if (!variants.contains(variant)) {
            throw new KcliError("unknown variant `" + variant + "`, expected one of "
                    + variants.stream().map(v -> "`" + v + "`").collect(Collectors.joining(", ")));
        }
        JsonNode data = payload.isTextual() ? NullNode.getInstance() : payload.get(variant);
        return new TraceEvent(event.get("conn_meta"), variant, data, when(event.get("when")));
    }

    private static Instant when(JsonNode when) {
        try {
            return OffsetDateTime.parse(when.asText()).toInstant();
        } catch (DateTimeParseException e) {
            throw new KcliError("input contains invalid characters");
        }
    }

    /** A text field of the payload's data, e.g. a Diagnostic's {@code message}. */
    String text(String field) {
        return data.path(field).asText();
    }
}
