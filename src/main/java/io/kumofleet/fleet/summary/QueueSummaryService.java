package io.kumofleet.fleet.summary;

import io.kumofleet.dns.SiteResolver;
import io.kumofleet.fanout.FanoutResult;
import io.kumofleet.fanout.FleetNode;
import io.kumofleet.fanout.NodeOutcome;
import io.kumofleet.fleet.InvalidRequestException;
import io.kumofleet.fleet.NodeInventory;
import io.kumofleet.kumod.MailDomain;
import io.kumofleet.kumod.ReadyQueueColumns;
import io.kumofleet.kumod.ScheduledQueueName;
import io.kumofleet.metrics.QueueSummary;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The fleet queue summary: every selected node's reading added up as kcli's queue-summary adds up
 * one node's, with the {@code domain} filter done as kcli does it (ready queues of the domain's
 * site, scheduled queues whose domain resolves to that site).
 */
@ApplicationScoped
public class QueueSummaryService {

    private final NodeInventory inventory;
    private final NodeReadings readings;
    private final SiteResolver sites;

    public QueueSummaryService(NodeInventory inventory, NodeReadings readings, SiteResolver sites) {
        this.inventory = inventory;
        this.readings = readings;
        this.sites = sites;
    }

    /** The summary of the nodes {@code query} selects; a bad option fails before any node is asked. */
    public Uni<QueueSummaryReport> summarize(QueueSummaryQuery query) {
        if (query.domain() != null) {
            try {
                MailDomain.parse(query.domain());
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException("domain: " + e.getMessage());
            }
        }
        List<FleetNode> nodes = inventory.select(query.target());
        Uni<String> site = query.domain() == null ? Uni.createFrom().nullItem() : sites.site(query.domain());
        return site.flatMap(domainSite -> readings.read(nodes, ReadingKind.QUEUES)
                // Merging and sorting a fleet's queues is CPU work: off the event loop.
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .flatMap(result -> {
                    QueueSummary summary = new QueueSummary();
                    result.successes().forEach(ok -> summary.include(ok.node(), ok.value().metrics().queues()));
                    return filters(query.domain(), domainSite, summary)
                            .emitOn(Infrastructure.getDefaultWorkerPool())
                            .map(filters -> report(query, domainSite, result, summary, filters));
                }));
    }

    private record Filters(Predicate<String> ready, Predicate<String> scheduled) {}

    private Uni<Filters> filters(String domain, String site, QueueSummary summary) {
        if (domain == null) {
            return Uni.createFrom().item(new Filters(QueueSummary.EVERY_QUEUE, QueueSummary.EVERY_QUEUE));
        }
        Set<String> domains = new HashSet<>();
        for (String queue : summary.scheduledQueueNames()) {
            domains.add(ScheduledQueueName.parse(queue).effectiveDomain());
        }
        return sites.sites(domains).map(siteOf -> new Filters(
                name -> ReadyQueueColumns.of(name).site().equals(site),
                name -> name.equals(domain) || site.equals(siteOf.get(ScheduledQueueName.parse(name).effectiveDomain()))));
    }

    private static QueueSummaryReport report(QueueSummaryQuery query, String site, FanoutResult<NodeReading> result,
            QueueSummary summary, Filters filters) {
        List<NodeOutcome.Succeeded<NodeReading>> reporting = result.successes();
        Annotations annotations = Annotations.of(reporting);
        return new QueueSummaryReport(
                Coverage.of(result),
                query.domain() == null ? null : new QueueSummaryReport.DomainFilter(query.domain(), site),
                QueueRows.ready(summary.readyTable(query.order(), query.limit(), filters.ready()), annotations),
                QueueRows.scheduled(summary.scheduledTable(query.order(), query.limit(), filters.scheduled()),
                        annotations));
    }
}
