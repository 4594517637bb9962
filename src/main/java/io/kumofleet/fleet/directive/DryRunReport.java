package io.kumofleet.fleet.directive;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * What a bounce or suspension would match now, without creating anything: per node the scheduled
 * queues it matches and the messages they hold, the fleet total, and the active directives with the
 * same criteria on those nodes that it would overlap.
 */
public record DryRunReport(
        boolean dryRun, String kind, long totalMessages, int matchingQueues, List<NodeMatches> nodes,
        List<Overlap> overlaps) {

    /** One node's matching queues, or why it could not be read. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record NodeMatches(String node, Long messages, List<QueueMessages> queues, String error) {}

    /** A matching scheduled queue and the messages it holds ({@code scheduled_count}). */
    public record QueueMessages(String queue, long messages) {}
}
