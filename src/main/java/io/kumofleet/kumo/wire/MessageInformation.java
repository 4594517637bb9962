package io.kumofleet.kumo.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/** A spooled message's envelope, metadata and (when asked) body; recipient is a string or an array. */
public record MessageInformation(
        String sender,
        JsonNode recipient,
        JsonNode meta,
        String data,
        @JsonInclude(JsonInclude.Include.NON_NULL) Instant due,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer numAttempts,
        @JsonInclude(JsonInclude.Include.NON_NULL) JsonNode scheduling) {}
