package io.kumofleet.fleet.summary;

import io.kumofleet.config.FleetConfig;
import io.kumofleet.fanout.FanoutExecutor;
import io.kumofleet.fanout.FanoutResult;
import io.kumofleet.fanout.FleetNode;
import io.kumofleet.fanout.SharedOutcomes;
import io.kumofleet.kumo.KumoNodeClient;
import io.kumofleet.metrics.NodeMetrics;
import io.smallrye.mutiny.Multi;
import io.kumofleet.fanout.OneCallPerNode;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Reads nodes for the summaries through the fan-out engine: each node's {@code /metrics} streamed
 * into its parser as the chunks arrive, keeping only what the kind of summary needs (a 100,000-queue
 * node's provider figures cost the queue summary memory and time it has no use for), with the four
 * rule lists fetched meanwhile for queue summaries. A reading is shared by every summary of its kind
 * that asks while it is under way, and reused for {@code kumo.fleet.summary-cache} after it ends.
 * A node has one reading under way at a time: one of the other kind starts when it has ended, so
 * the gateway never asks a node for {@code /metrics} twice at once.
 */
@ApplicationScoped
public class NodeReadings {

    static final String OPERATION = "read-metrics";

    private final FanoutExecutor fanout;
    private final Map<ReadingKind, SharedOutcomes<NodeReading>> shared = new EnumMap<>(ReadingKind.class);
    /** How big each node's last reading of each kind grew, so the next one is allocated that big at once. */
    private final ConcurrentMap<String, NodeMetrics.Sizes> lastSizes = new ConcurrentHashMap<>();

    public NodeReadings(FanoutExecutor fanout, FleetConfig config) {
        this.fanout = fanout;
        OneCallPerNode oneAtATime = new OneCallPerNode();
        for (ReadingKind kind : ReadingKind.values()) {
            shared.put(kind, new SharedOutcomes<>(config.summaryCache(), oneAtATime));
        }
    }

    /** Every node's complete reading of {@code kind}, or why it has none; a node that failed half-way has none. */
    Uni<FanoutResult<NodeReading>> read(List<FleetNode> nodes, ReadingKind kind) {
        return fanout.runStreaming(nodes, OPERATION, node -> stream(node, kind), shared.get(kind));
    }

    /**
     * The reading as it fills up: one item per chunk, then the complete reading. The rule lists of
     * a queue reading arrive meanwhile without an item of their own, so that only the body's progress holds off the
     * node timeout (a node that answers its lists but not its metrics times out on time).
     */
    private Multi<NodeReading> stream(FleetNode node, ReadingKind kind) {
        KumoNodeClient client = node.client();
        String sizesKey = kind + " " + node.name();
        NodeReading reading = new NodeReading(node.name(), kind,
                lastSizes.getOrDefault(sizesKey, NodeMetrics.Sizes.SMALL));
        Multi<NodeReading> body = client.metrics(reading::feed).map(length -> reading);
        Multi<NodeReading> finish = Uni.createFrom().item(() -> {
            NodeReading complete = reading.finish();
            lastSizes.put(sizesKey, complete.metrics().sizes());
            return complete;
        }).toMulti();
        if (!kind.needsRules()) {
            return Multi.createBy().concatenating().streams(body, finish);
        }
        Multi<NodeReading> rules = Uni.combine().all()
                .unis(client.bounceList(), client.suspendList(), client.suspendReadyQueueList(),
                        client.readyQueueStates())
                .with((bounces, suspensions, readyQueueSuspensions, states) ->
                        new RuleLists(bounces, suspensions, readyQueueSuspensions, states))
                .invoke(lists -> reading.rules(lists))
                .onFailure().invoke(reading::rulesFailed)
                .onItemOrFailure().<NodeReading>transform((lists, failure) -> null)
                .toMulti();
        return Multi.createBy().concatenating().streams(Multi.createBy().merging().streams(rules, body), finish);
    }
}
