package io.kumofleet.fleet;

import java.util.List;

/**
 * A node's live status as the inventory reports it.
 *
 * @param status {@code up} when the node answered its liveness check with 200, else {@code down}
 * @param credentials which kind of credentials the gateway sends ({@code none}, {@code basic},
 *     {@code bearer}); never the secret itself
 * @param latencyMs how long the node took to answer, in milliseconds
 * @param error why the node is down, or what else failed (e.g. machine-info refused)
 */
public record NodeStatus(
        String name,
        String url,
        List<String> tags,
        String credentials,
        String status,
        String version,
        String nodeId,
        String hostname,
        long latencyMs,
        String error) {}
