package io.kumofleet.kumo.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;

/** Answer of inspect-ready-q: the queue's MX, state, egress path configuration and dispatchers. */
public record InspectReadyQV1Response(
        String queueName,
        MxResolution mx,
        String egressSource,
        String egressPool,
        String protocol,
        ReadyQueueStateSnapshot state,
        JsonNode pathConfig,
        JsonNode constraints,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<String> scheduledQueueNames,
        List<JsonNode> dispatchers,
        Instant now) {}
