package io.kumofleet.fleet.summary;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The fleet queue summary: kcli's queue-summary over every reporting node, each row summed over the
 * nodes with each node's own figures, annotated with every node's rules and states.
 */
@Schema(description = "kcli's queue-summary over the fleet: ready and scheduled queues summed over the reporting nodes, "
        + "with each node's own figures and what each node's rules and states say about the queue")
public record QueueSummaryReport(
        Coverage coverage,
        @Schema(description = "The domain filter and the site it resolved to; null without a filter", nullable = true)
                DomainFilter domain,
        ReadyQueues ready,
        ScheduledQueues scheduled) {

    /** The {@code domain} option and the site name its MX records give. */
    @Schema(description = "The domain filter")
    public record DomainFilter(
            @Schema(description = "The domain asked for") String domain,
            @Schema(description = "Its site name as kumod computes it from its MX records, "
                    + "e.g. (alt1|alt2|alt3|alt4)?.gmail-smtp-in.l.google.com") String site) {}

    /** The ready-queue table. */
    @Schema(description = "Ready queues")
    public record ReadyQueues(
            @Schema(description = "Every ready queue that passed the filter, added up (not only the rows shown)")
                    ReadyTotal total,
            @Schema(description = "The rows, by name or by volume, at most limit of them") List<ReadyQueue> rows) {}

    /** What every ready queue that passed the filter adds up to. */
    @Schema(description = "Ready queues added up")
    public record ReadyTotal(
            @Schema(description = "How many distinct ready queues") int queues,
            @Schema(description = "total_messages_delivered (kcli's D)") long delivered,
            @Schema(description = "total_messages_transfail (kcli's T)") long transfail,
            @Schema(description = "connection_count (kcli's C)") long connections,
            @Schema(description = "ready_count (kcli's Q)") long queued) {}

    /** One ready queue summed over the nodes. */
    @Schema(description = "One ready queue summed over the nodes that report it")
    public record ReadyQueue(
            @Schema(description = "The ready-queue name, source->site@protocol") String name,
            @Schema(description = "kcli's SITE column") String site,
            @Schema(description = "kcli's SOURCE column", nullable = true) String source,
            @Schema(description = "kcli's PROTO column: smtp_client, lua:… or maildir:…", nullable = true)
                    String protocol,
            @Schema(description = "total_messages_delivered over the nodes (D)") long delivered,
            @Schema(description = "total_messages_transfail over the nodes (T)") long transfail,
            @Schema(description = "connection_count over the nodes (C)") long connections,
            @Schema(description = "ready_count over the nodes (Q)") long queued,
            @Schema(description = "Each reporting node's own figures, by node name") Map<String, ReadyFigures> byNode,
            @Schema(description = "Ready-queue suspensions of this name and its states, per node")
                    List<QueueAnnotation> annotations) {}

    /** One node's figures for one ready queue. */
    @Schema(description = "One node's figures for a ready queue")
    public record ReadyFigures(long delivered, long transfail, long connections, long queued) {}

    /** The scheduled-queue table. */
    @Schema(description = "Scheduled queues")
    public record ScheduledQueues(
            @Schema(description = "Every scheduled queue that passed the filter, added up (not only the rows shown)")
                    ScheduledTotal total,
            @Schema(description = "The rows, by name or by count, at most limit of them") List<ScheduledQueue> rows) {}

    /** What every scheduled queue that passed the filter adds up to. */
    @Schema(description = "Scheduled queues added up")
    public record ScheduledTotal(
            @Schema(description = "How many distinct scheduled queues") int queues,
            @Schema(description = "scheduled_count over the queues and nodes") long count) {}

    /** One scheduled queue summed over the nodes. */
    @Schema(description = "One scheduled queue summed over the nodes that report it")
    public record ScheduledQueue(
            @Schema(description = "The queue name, [campaign:]tenant@domain[!routing_domain]") String name,
            @Schema(description = "Campaign part of the name", nullable = true) String campaign,
            @Schema(description = "Tenant part of the name", nullable = true) String tenant,
            @Schema(description = "Domain part of the name") String domain,
            @Schema(description = "Routing domain part of the name", nullable = true) String routingDomain,
            @Schema(description = "scheduled_count over the nodes") long count,
            @Schema(description = "Each reporting node's own count, by node name") Map<String, Long> byNode,
            @Schema(description = "Per node, the first bounce that matches the queue, else the first matching "
                    + "suspension (as kcli matches campaign, tenant and domain)") List<QueueAnnotation> annotations) {}
}
