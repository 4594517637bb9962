package io.kumofleet.cli.kcli;

import io.kumofleet.cli.kcli.format.QueueSummaryTable;
import io.kumofleet.kumo.KumoNodeClient;
import io.kumofleet.kumo.wire.BounceV1ListEntry;
import io.kumofleet.kumo.wire.QueueState;
import io.kumofleet.kumo.wire.ReadyQueueStateResponse;
import io.kumofleet.kumo.wire.SuspendReadyQueueV1ListEntry;
import io.kumofleet.kumo.wire.SuspendV1ListEntry;
import io.kumofleet.kumod.ReadyQueueColumns;
import io.kumofleet.metrics.KcliStatus;
import io.kumofleet.metrics.QueueRule;
import io.kumofleet.metrics.QueueSummary;
import io.kumofleet.metrics.ReadyQueueRow;
import io.kumofleet.metrics.SummaryOrder;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code queue-summary}: the node's ready and scheduled queues as kcli's two tables. */
@Command(name = "queue-summary", mixinStandardHelpOptions = true,
        description = {
            "Prints the node's queues for a human to read: a table of its ready queues, a blank line, then a table"
                    + " of its scheduled queues. The layout may change between versions: do not parse it in scripts"
                    + " (it is built from the node's machine-readable /metrics).",
            "",
            "Ready queues (one per egress path): SITE is the destination site (from the MX records) without the"
                    + " source and protocol; SOURCE the egress source; PROTO smtp_client, lua:<name> or"
                    + " maildir:<path> (empty for other protocols, whose SITE keeps its @protocol suffix, e.g."
                    + " @xfer); D messages delivered; T transient failures; C open connections; Q messages ready to"
                    + " send. The last, unnamed column shows '\uD83D\uDED1suspend: <reason>' when the ready queue is"
                    + " suspended (suspend-ready-q) and '<state>: <context> @ <since>' for each throttling state,"
                    + " e.g. connection_limited. D and T restart from zero whenever an idle ready queue is reaped"
                    + " (a few minutes after it empties), so they show recent activity only: count deliveries from"
                    + " the delivery logs.",
            "",
            "Scheduled queues: SCHEDULED QUEUE is the queue name ([campaign:][tenant@]domain[!routing_domain]),"
                    + " COUNT the messages waiting in it, and the last column '\uD83D\uDDD1\uFE0F bounce: <reason>'"
                    + " when an admin bounce matches its campaign, tenant and domain, else '\uD83D\uDED1suspend:"
                    + " <reason>' for a matching suspension. Rules made with --queue list no criteria, so they show"
                    + " on every scheduled queue.",
            "",
            "Rows are in natural name order (case ignored, q2 before q10) unless --by-volume. The node is asked,"
                    + " in this order: GET /api/admin/suspend/v1, /api/admin/bounce/v1, /api/admin/suspend-ready-q/v1,"
                    + " /api/admin/ready-q-states/v1 and /metrics (streamed).",
        },
        footer = {
            "",
            "As in kcli, every request, the whole streamed /metrics included, must be done within 60s"
                    + " (KUMO_KCLI_TIMEOUT), which a node with a very large number of queues can exceed.",
            "",
            "--domain looks MX records up from this machine, with the system's resolvers, or with the DNS server in"
                    + " KUMO_FLEET_DNS_SERVER (host or host:port) when set; each lookup may take"
                    + " KUMO_FLEET_DNS_TIMEOUT (default 5s).",
        })
public class QueueSummaryCommand extends KcliCommand {

    private static final String NODE = "node";

    @Option(names = "--limit", paramLabel = "<LIMIT>", converter = RowLimitConverter.class,
            description = "Show at most LIMIT rows in each table (after --domain has chosen the queues).")
    Integer limit;

    @Option(names = "--by-volume",
            description = "Order by volume, largest first, instead of by name: D+T+C+Q for ready queues, COUNT for"
                    + " scheduled queues; equal volumes by name.")
    boolean byVolume;

    @Option(names = "--domain", paramLabel = "<DOMAIN>",
            description = "Only the queues of this domain's destination site: the ready queues whose SITE is the"
                    + " site its MX records give (gmail.com: (alt1|alt2|alt3|alt4)?.gmail-smtp-in.l.google.com),"
                    + " and the scheduled queues named DOMAIN or named by another domain with the same site (e.g."
                    + " googlemail.com). Scheduled queues whose name has a tenant, campaign or routing domain are"
                    + " only kept when named DOMAIN exactly. A domain that does not resolve is an error.")
    String domain;

    @Inject
    KcliSites sites;

    @Inject
    QueueSummaryCommand(Kcli kcli) {
        super(kcli);
    }

    @Override
    protected void run(KcliNode node) {
        List<SuspendV1ListEntry> suspensions = node.call("/api/admin/suspend/v1", KumoNodeClient::suspendList);
        List<BounceV1ListEntry> bounces = node.call("/api/admin/bounce/v1", KumoNodeClient::bounceList);
        List<SuspendReadyQueueV1ListEntry> readySuspensions =
                node.call("/api/admin/suspend-ready-q/v1", KumoNodeClient::suspendReadyQueueList);
        ReadyQueueStateResponse states = node.call("/api/admin/ready-q-states/v1", KumoNodeClient::readyQueueStates);
        QueueSummary summary = new QueueSummary();
        node.metrics(summary.node(NODE).parser());

        Predicate<String> ready = QueueSummary.EVERY_QUEUE;
        Predicate<String> scheduled = QueueSummary.EVERY_QUEUE;
        if (domain != null) {
            String site = sites.site(domain);
            // kcli resolves every scheduled queue's whole name, so only plain domains (and literals) can match by site.
            Map<String, String> siteOf = sites.sites(summary.scheduledQueueNames());
            ready = name -> ReadyQueueColumns.of(name).site().equals(site);
            scheduled = name -> name.equals(domain) || site.equals(siteOf.get(name));
        }
        SummaryOrder order = byVolume ? SummaryOrder.BY_VOLUME : SummaryOrder.BY_NAME;
        int rows = limit == null ? QueueSummary.UNLIMITED : limit;
        List<QueueRule> bounceRules = bounces.stream()
                .map(b -> new QueueRule(b.campaign(), b.tenant(), b.domain(), b.reason())).toList();
        List<QueueRule> suspendRules = suspensions.stream()
                .map(s -> new QueueRule(s.campaign(), s.tenant(), s.domain(), s.reason())).toList();
        out().print(QueueSummaryTable.render(
                summary.readyRows(order, rows, ready), row -> readyStatus(row, readySuspensions, states),
                summary.scheduledRows(order, rows, scheduled),
                row -> KcliStatus.scheduledQueue(row.components(), bounceRules, suspendRules)));
    }

    /** The first ready-queue suspension of that name, then each of the queue's states in the order the node sent them. */
    private static List<String> readyStatus(ReadyQueueRow row, List<SuspendReadyQueueV1ListEntry> suspensions,
            ReadyQueueStateResponse states) {
        List<String> status = new ArrayList<>();
        suspensions.stream().filter(s -> row.name().equals(s.name())).findFirst()
                .ifPresent(s -> status.add(KcliStatus.suspended(s.reason())));
        Map<String, QueueState> queueStates =
                states.statesByReadyQueue() == null ? null : states.statesByReadyQueue().get(row.name());
        if (queueStates != null) {
            queueStates.forEach((key, state) -> status.add(KcliStatus.readyQueueState(key, state.context(), state.since())));
        }
        return status;
    }
}
