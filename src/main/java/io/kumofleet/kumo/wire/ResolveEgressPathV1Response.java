package io.kumofleet.kumo.wire;

import com.fasterxml.jackson.databind.JsonNode;

/** Answer of resolve-egress-path: the ready queue a domain and source resolve to, with its config. */
public record ResolveEgressPathV1Response(
        String domain,
        String source,
        MxResolution mx,
        String queueName,
        JsonNode queueConfig,
        JsonNode pathConfig,
        JsonNode constraints) {}
