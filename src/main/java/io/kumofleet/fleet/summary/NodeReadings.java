package io.kumofleet.fleet.summary;

import io.kumofleet.config.FleetConfig;
import io.kumofleet.fanout.FanoutExecutor;
import io.kumofleet.fanout.FanoutResult;
import io.kumofleet.fanout.FleetNode;
import io.kumofleet.fanout.OneCallPerNode;
import io.kumofleet.fanout.SharedOutcomes;
import io.kumofleet.kumo.KumoNodeClient;
import io.kumofleet.kumo.MetricsReader;
import io.kumofleet.metrics.KeysInUse;
import io.kumofleet.metrics.NodeMetrics;
import io.kumofleet.metrics.SharedKeys;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Reads nodes for the summaries through the fan-out engine: each node's {@code /metrics} streamed
 * into its parser as the chunks arrive, keeping only what the kind of summary needs (a 100,000-queue
 * node's provider figures cost the queue summary memory and time it has no use for), with the four
 * rule lists fetched meanwhile for queue summaries. A reading is shared by every summary of its kind
 * that asks while it is under way, and reused for {@code kumo.fleet.summary-cache} after it ends.
 * A node has one reading under way at a time: one of the other kind starts when it has ended, so
 * the gateway never asks a node for {@code /metrics} twice at once.
 *
 * <p>The readings of one kind keep their queue and provider names in one {@link SharedKeys}, so a
 * name every node reports is stored once: a summary of ten nodes with the same 200,000 queues holds
 * 200,000 names, not two million. Once most of its names are no longer reported by any node's latest
 * reading (queues come and go), later readings start a fresh one.
 */
@ApplicationScoped
public class NodeReadings {

    static final String OPERATION = "read-metrics";

    private final FanoutExecutor fanout;
    private final Map<ReadingKind, SharedOutcomes<NodeReading>> shared = new EnumMap<>(ReadingKind.class);
    private final Map<ReadingKind, AtomicReference<Names>> names = new EnumMap<>(ReadingKind.class);
    /** Each node's latest reading of each kind, by "kind node". */
    private final ConcurrentMap<String, LastReading> last = new ConcurrentHashMap<>();

    /**
     * What is remembered of a node's latest complete reading: how big it grew, so that the next one
     * is allocated that big at once, and which shared names it used.
     */
    private record LastReading(NodeMetrics.Sizes sizes, KeysInUse keys) {}

    /** The names the readings of one kind share, and how many readings that add to them are under way. */
    private record Names(SharedKeys keys, AtomicInteger readingsUnderWay) {

        Names() {
            this(new SharedKeys(), new AtomicInteger());
        }
    }

    public NodeReadings(FanoutExecutor fanout, FleetConfig config) {
        this.fanout = fanout;
        OneCallPerNode oneAtATime = new OneCallPerNode();
        for (ReadingKind kind : ReadingKind.values()) {
            shared.put(kind, new SharedOutcomes<>(config.summaryCache(), oneAtATime));
            names.put(kind, new AtomicReference<>(new Names()));
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
        String lastKey = kind + " " + node.name();
        LastReading previous = last.get(lastKey);
        Names shared = names.get(kind).get();
        NodeReading reading = new NodeReading(node.name(), kind,
                previous == null ? NodeMetrics.Sizes.SMALL : previous.sizes(), shared.keys());
        Multi<NodeReading> body = MetricsReader.stream(client, reading.parser()).map(length -> reading);
        Multi<NodeReading> finish = Uni.createFrom().item(() -> {
            NodeMetrics metrics = reading.finish().metrics();
            last.put(lastKey, new LastReading(metrics.sizes(), metrics.keysInUse()));
            return reading;
        }).toMulti();
        Multi<NodeReading> whole = readingOf(client, kind, reading, body, finish);
        shared.readingsUnderWay().incrementAndGet();
        return whole.onTermination().invoke(() -> {
            if (shared.readingsUnderWay().decrementAndGet() == 0) {
                forgetStaleNames(kind, shared);
            }
        });
    }

    /** The body's progress, with the rule lists meanwhile if {@code kind} needs them, then {@code finish}. */
    private static Multi<NodeReading> readingOf(KumoNodeClient client, ReadingKind kind, NodeReading reading,
            Multi<NodeReading> body, Multi<NodeReading> finish) {
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

    /**
     * Once no reading is adding to {@code shared} and most of its names are not used by any node's
     * latest reading, the next readings start a fresh set (the readings that use it keep it alive).
     */
    private void forgetStaleNames(ReadingKind kind, Names shared) {
        if (shared.keys().mostlyStale(last.values().stream().map(LastReading::keys).toList())) {
            names.get(kind).compareAndSet(shared, new Names());
        }
    }
}
