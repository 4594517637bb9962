package io.kumofleet.fanout;

import io.kumofleet.config.FleetConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Runs one call on many nodes at once: at most {@code kumo.fleet.max-concurrency} in flight, each
 * bounded by its node's timeout, every node's outcome kept apart so one dead or slow node never
 * delays or hides the others. The only place that knows about concurrency and partial failure.
 */
@ApplicationScoped
public class FanoutExecutor {

    private final int maxConcurrency;
    private final MeterRegistry registry;

    public FanoutExecutor(FleetConfig config, MeterRegistry registry) {
        this.maxConcurrency = config.maxConcurrency();
        this.registry = registry;
    }

    /**
     * Calls {@code call} on every node and collects the outcomes in the nodes' order.
     *
     * @param operation a short name for metrics, e.g. {@code check-liveness}
     */
    public <T> Uni<FanoutResult<T>> run(List<FleetNode> nodes, String operation, Function<FleetNode, Uni<T>> call) {
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            order.put(nodes.get(i).name(), i);
        }
        return Multi.createFrom().iterable(nodes)
                .onItem().transformToUni(node -> callOne(node, operation, call))
                .merge(maxConcurrency)
                .collect().asList()
                .map(outcomes -> {
                    List<NodeOutcome<T>> sorted = outcomes.stream()
                            .sorted(Comparator.comparing(o -> order.get(o.node())))
                            .toList();
                    return new FanoutResult<>(sorted);
                });
    }

    private <T> Uni<NodeOutcome<T>> callOne(FleetNode node, String operation, Function<FleetNode, Uni<T>> call) {
        Duration timeout = node.client().endpoint().timeout();
        return Uni.createFrom().deferred(() -> {
            long started = System.nanoTime();
            return Uni.createFrom().deferred(() -> call.apply(node))
                    .ifNoItem().after(timeout).failWith(TimeoutException::new)
                    .map(value -> (NodeOutcome<T>) new NodeOutcome.Succeeded<>(node.name(), value, since(started)))
                    .onFailure().recoverWithItem(error ->
                            new NodeOutcome.Failed<>(node.name(), NodeFailure.of(error, timeout), since(started)))
                    .invoke(outcome -> record(operation, outcome));
        });
    }

    private void record(String operation, NodeOutcome<?> outcome) {
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
