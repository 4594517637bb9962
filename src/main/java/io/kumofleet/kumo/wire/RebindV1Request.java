package io.kumofleet.kumo.wire;

import java.util.Map;

/** kumod's rebind request; {@code data} is required by the server and holds string values only. */
public record RebindV1Request(
        String campaign,
        String tenant,
        String domain,
        String routingDomain,
        String reason,
        boolean suppressLogging,
        Map<String, String> data,
        boolean triggerRebindEvent,
        boolean alwaysFlush) {}
