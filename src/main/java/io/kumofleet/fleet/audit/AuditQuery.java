package io.kumofleet.fleet.audit;

import java.time.Instant;

/**
 * Which audit entries to list; a null field does not filter.
 *
 * @param since entries at or after it
 * @param until entries before it
 * @param subject entries about this directive (or schedule, or log filter)
 * @param node entries whose per-node outcomes name this node
 * @param actor entries made by this actor
 * @param action entries of this action
 * @param limit at most this many, newest first
 */
public record AuditQuery(
        Instant since, Instant until, String subject, String node, String actor, String action, int limit) {}
