package io.kumofleet.kumo.wire;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;

/** Answer of inspect-sched-q: a sample of the queue's messages and its configuration. */
public record InspectQueueV1Response(
        String queueName,
        List<InspectMessageV1Response> messages,
        long numScheduled,
        JsonNode queueConfig,
        long delayedMetric,
        Instant now,
        Instant lastChanged) {}
