package io.kumofleet.fleet.summary;

import io.kumofleet.config.FleetConfig;
import io.kumofleet.fanout.FanoutExecutor;
import io.kumofleet.fanout.FanoutResult;
import io.kumofleet.fanout.FleetNode;
import io.kumofleet.fanout.SharedOutcomes;
import io.kumofleet.kumo.KumoNodeClient;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Reads nodes for the summaries through the fan-out engine: each node's {@code /metrics} streamed
 * into its parser as the chunks arrive, with its four rule lists fetched meanwhile. One reading per
 * node is under way at a time, shared by every summary that asks meanwhile (queue and provider
 * summaries alike), and reused for {@code kumo.fleet.summary-cache} after it ends, so the gateway
 * never asks a node for {@code /metrics} twice at once.
 */
@ApplicationScoped
public class NodeReadings {

    static final String OPERATION = "read-metrics";

    private final FanoutExecutor fanout;
    private final SharedOutcomes<NodeReading> shared;

    public NodeReadings(FanoutExecutor fanout, FleetConfig config) {
        this.fanout = fanout;
        this.shared = new SharedOutcomes<>(config.summaryCache());
    }

    /** Every node's complete reading, or why it has none; a node that failed half-way has none. */
    Uni<FanoutResult<NodeReading>> read(List<FleetNode> nodes) {
        return fanout.runStreaming(nodes, OPERATION, NodeReadings::stream, shared);
    }

    /**
     * The reading as it fills up: one item per chunk, then the complete reading. The rule lists
     * arrive meanwhile without an item of their own, so that only the body's progress holds off the
     * node timeout (a node that answers its lists but not its metrics times out on time).
     */
    private static Multi<NodeReading> stream(FleetNode node) {
        KumoNodeClient client = node.client();
        NodeReading reading = new NodeReading(node.name());
        Multi<NodeReading> rules = Uni.combine().all()
                .unis(client.bounceList(), client.suspendList(), client.suspendReadyQueueList(),
                        client.readyQueueStates())
                .with((bounces, suspensions, readyQueueSuspensions, states) ->
                        new RuleLists(bounces, suspensions, readyQueueSuspensions, states))
                .invoke(lists -> reading.rules(lists))
                .onFailure().invoke(reading::rulesFailed)
                .onItemOrFailure().<NodeReading>transform((lists, failure) -> null)
                .toMulti();
        Multi<NodeReading> body = client.metrics().map(reading::feed);
        return Multi.createBy().concatenating().streams(
                Multi.createBy().merging().streams(rules, body),
                Uni.createFrom().item(() -> reading.finish()).toMulti());
    }
}
