package io.kumofleet.fanout;

import io.kumofleet.config.FleetConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.configuration.ConfigurationException;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Runs one call on many nodes at once: at most {@code kumo.fleet.max-concurrency} in flight, each
 * bounded by its node's timeout, every node's outcome kept apart so one dead or slow node never
 * delays or hides the others. The only place that knows about concurrency and partial failure.
 *
 * <p>Callers' fan-outs ({@link #run}) are limited to {@code kumo.fleet.max-concurrent-fanouts} at
 * once; one more is refused with {@link FanoutLimitException} instead of queuing. A caller that
 * stores a change first takes its place beforehand ({@link #admit()}) and passes it along. Background work
 * ({@link #runInBackground}) and schedule firings ({@link #runScheduled}) are bounded by their own
 * schedulers and never refused.
 */
@ApplicationScoped
public class FanoutExecutor {

    private final int maxConcurrency;
    private final int maxFanouts;
    private final Semaphore fanouts;
    private final MeterRegistry registry;
    private final NodeBackoff backoff;
    private final Counter refused;

    public FanoutExecutor(FleetConfig config, MeterRegistry registry, NodeBackoff backoff) {
        this.maxConcurrency = config.maxConcurrency();
        this.maxFanouts = config.maxConcurrentFanouts();
        if (maxFanouts < 1) {
            throw new ConfigurationException("kumo.fleet.max-concurrent-fanouts must be at least 1, not " + maxFanouts);
        }
        this.fanouts = new Semaphore(maxFanouts);
        this.registry = registry;
        this.backoff = backoff;
        this.refused = Counter.builder("kumo.fleet.fanouts.refused")
                .description("Fan-outs refused because kumo.fleet.max-concurrent-fanouts were running")
                .register(registry);
        Gauge.builder("kumo.fleet.fanouts.active", fanouts, s -> maxFanouts - s.availablePermits())
                .description("Callers' fan-outs running now (limit kumo.fleet.max-concurrent-fanouts)")
                .register(registry);
    }

    /**
     * Calls {@code call} on every node and collects the outcomes in the nodes' order. Takes one of
     * the fan-out places when subscribed and gives it back when done; fails with
     * {@link FanoutLimitException} when none is free.
     *
     * @param operation a short name for metrics, e.g. {@code check-liveness}
     */
    public <T> Uni<FanoutResult<T>> run(List<FleetNode> nodes, String operation, Function<FleetNode, Uni<T>> call) {
        return Uni.createFrom().deferred(() -> {
            FanoutAdmission admission = admit();
            return run(nodes, operation, call, false).onTermination().invoke(admission::close);
        });
    }

    /**
     * Like {@link #run(List, String, Function)}, in the place {@code admission} holds: the caller
     * took it before storing the change this fan-out carries out, and gives it back when done.
     *
     * @throws IllegalStateException when the admission is already closed
     */
    public <T> Uni<FanoutResult<T>> run(FanoutAdmission admission, List<FleetNode> nodes, String operation,
            Function<FleetNode, Uni<T>> call) {
        if (!admission.isOpen()) {
            throw new IllegalStateException("fan-out " + operation + " started with a closed admission");
        }
        return run(nodes, operation, call, false);
    }

    /**
     * Takes a fan-out place for a change about to be stored, so that a full gateway refuses it before
     * anything is done; pass it to the fan-outs that carry the change out, and close it when they end.
     *
     * @throws FanoutLimitException when every place is taken
     */
    public FanoutAdmission admit() {
        if (!fanouts.tryAcquire()) {
            refused.increment();
            throw new FanoutLimitException(maxFanouts);
        }
        return new FanoutAdmission(fanouts::release);
    }

    /**
     * Like {@link #run}, for a schedule firing: work the gateway does on its own behalf, so never
     * refused (a refused window would be lost) and not counted against callers, but every node is
     * called as for a caller, backing off or not, so that a window reaches every node that is up.
     */
    public <T> Uni<FanoutResult<T>> runScheduled(
            List<FleetNode> nodes, String operation, Function<FleetNode, Uni<T>> call) {
        return run(nodes, operation, call, false);
    }

    /**
     * Like {@link #run}, for work nobody is waiting on (reconciliation, reverts): a node that is
     * backing off after failures is not called and fails with {@link NodeFailure.Kind#BACKED_OFF}.
     */
    public <T> Uni<FanoutResult<T>> runInBackground(
            List<FleetNode> nodes, String operation, Function<FleetNode, Uni<T>> call) {
        return run(nodes, operation, call, true);
    }

    /**
     * Like {@link #run}, for a call whose answer streams in (a node's {@code /metrics} can be
     * hundreds of megabytes): the node's timeout bounds each wait for the next item rather than the
     * whole call, so an answer that keeps flowing is never cut off and one that stalls fails like a
     * slow node. The node's value is the stream's last item.
     *
     * <p>With {@code shared}, a node already being called for the same purpose is not called again:
     * the caller gets the outcome of the call under way, or of one that ended moments ago.
     */
    public <T> Uni<FanoutResult<T>> runStreaming(List<FleetNode> nodes, String operation,
            Function<FleetNode, Multi<T>> call, SharedOutcomes<T> shared) {
        Function<FleetNode, Uni<NodeOutcome<T>>> one = node -> callOne(node, operation, timeout ->
                Multi.createFrom().deferred(() -> call.apply(node))
                        .plug(items -> ItemTimeout.of(items, timeout, () -> new TimeoutException(
                                "sent nothing for " + timeout.toMillis() + " ms")))
                        .collect().last()
                        .onItem().ifNull().failWith(() -> new IllegalStateException("the call gave no value")));
        return collect(nodes, shared == null ? one : node -> shared.outcome(node.name(), () -> one.apply(node)));
    }

    private <T> Uni<FanoutResult<T>> run(
            List<FleetNode> nodes, String operation, Function<FleetNode, Uni<T>> call, boolean respectBackoff) {
        return collect(nodes, node -> respectBackoff && !backoff.allows(node.name())
                ? Uni.createFrom().item(this.<T>backedOff(node))
                : callOne(node, operation, timeout -> Uni.createFrom().deferred(() -> call.apply(node))
                        .ifNoItem().after(timeout).failWith(TimeoutException::new)));
    }

    private <T> Uni<FanoutResult<T>> collect(List<FleetNode> nodes, Function<FleetNode, Uni<NodeOutcome<T>>> outcome) {
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            order.put(nodes.get(i).name(), i);
        }
        return Multi.createFrom().iterable(nodes)
                .onItem().<NodeOutcome<T>>transformToUni(outcome::apply)
                .merge(maxConcurrency)
                .collect().asList()
                .map(outcomes -> {
                    List<NodeOutcome<T>> sorted = outcomes.stream()
                            .sorted(Comparator.comparing(o -> order.get(o.node())))
                            .toList();
                    return new FanoutResult<>(sorted);
                });
    }

    /** {@code bounded} is the call with the node's timeout applied as the call sees fit. */
    private <T> Uni<NodeOutcome<T>> callOne(FleetNode node, String operation, Function<Duration, Uni<T>> bounded) {
        Duration timeout = node.client().endpoint().timeout();
        return Uni.createFrom().deferred(() -> {
            long started = System.nanoTime();
            return bounded.apply(timeout)
                    .map(value -> (NodeOutcome<T>) new NodeOutcome.Succeeded<>(node.name(), value, since(started)))
                    .onFailure().recoverWithItem(error ->
                            new NodeOutcome.Failed<>(node.name(), NodeFailure.of(error, timeout), since(started)))
                    .invoke(outcome -> record(operation, outcome));
        });
    }

    private <T> NodeOutcome<T> backedOff(FleetNode node) {
        return new NodeOutcome.Failed<>(node.name(), new NodeFailure(NodeFailure.Kind.BACKED_OFF, null,
                "not called: failing recently; next try after " + backoff.resumesAt(node.name())), Duration.ZERO);
    }

    private void record(String operation, NodeOutcome<?> outcome) {
        if (outcome instanceof NodeOutcome.Failed<?> f && f.failure().meansNodeUnwell()) {
            backoff.failed(outcome.node());
        } else {
            backoff.succeeded(outcome.node());
        }
        String result = outcome instanceof NodeOutcome.Succeeded ? "success" : "failure";
        Timer.builder("kumo.fleet.node.calls")
                .description("Calls from the gateway to KumoMTA nodes")
                .tags("node", outcome.node(), "operation", operation, "outcome", result)
                .register(registry)
                .record(outcome.latency().toNanos(), TimeUnit.NANOSECONDS);
        if (outcome instanceof NodeOutcome.Failed<?> failed) {
            Counter.builder("kumo.fleet.node.call.failures")
                    .description("Failed calls from the gateway to KumoMTA nodes, by reason")
                    .tags("node", outcome.node(), "operation", operation,
                            "reason", failed.failure().kind().name().toLowerCase())
                    .register(registry)
                    .increment();
        }
    }

    private static Duration since(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }
}
