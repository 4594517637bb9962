package io.kumofleet.kumo.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import java.util.UUID;

/** kumod's answer to a bounce: the rule id (the counters are deprecated and always empty). */
public record BounceV1Response(
        @JsonProperty(required = true) UUID id, Map<String, Long> bounced, long totalBounced) {}
