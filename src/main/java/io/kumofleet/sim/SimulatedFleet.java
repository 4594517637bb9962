package io.kumofleet.sim;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** A set of simulated kumod nodes started together, each with its own listener; usable from tests and from Quarkus. */
public final class SimulatedFleet {

    private final List<SimulatedNode> nodes;

    private SimulatedFleet(List<SimulatedNode> nodes) {
        this.nodes = List.copyOf(nodes);
    }

    /** Starts every node; the future fails (after stopping the started ones) if any node cannot listen. */
    public static Future<SimulatedFleet> start(Vertx vertx, SimFleetOptions options) {
        List<Future<SimulatedNode>> starting = new ArrayList<>();
        for (int i = 1; i <= options.nodes(); i++) {
            starting.add(SimulatedNode.start(vertx, options.node(i)));
        }
        return Future.join(starting).transform(all -> {
            List<SimulatedNode> started = new ArrayList<>();
            for (Future<SimulatedNode> f : starting) {
                if (f.succeeded()) {
                    started.add(f.result());
                }
            }
            SimulatedFleet fleet = new SimulatedFleet(started);
            if (all.succeeded()) {
                return Future.succeededFuture(fleet);
            }
            return fleet.stop().transform(v -> Future.failedFuture(all.cause()));
        });
    }

    /**
     * Starts the fleet and waits for it: for tests and startup code, never on a Vert.x event loop.
     *
     * @throws IllegalStateException when called on a Vert.x thread, or when a node cannot start in time
     */
    public static SimulatedFleet startAndWait(Vertx vertx, SimFleetOptions options, Duration timeout) {
        return await(start(vertx, options), timeout);
    }

    public List<SimulatedNode> nodes() {
        return nodes;
    }

    /** Node {@code sim-<i>}, 1-based. */
    public SimulatedNode node(int i) {
        return nodes.get(i - 1);
    }

    public SimulatedNode node(String name) {
        return nodes.stream().filter(n -> n.name().equals(name)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no simulated node " + name));
    }

    /** Moves traffic one step on every node. */
    public void tick() {
        nodes.forEach(SimulatedNode::tick);
    }

    public Future<Void> stop() {
        List<Future<Void>> stopping = new ArrayList<>();
        nodes.forEach(n -> stopping.add(n.stop()));
        return Future.join(stopping).mapEmpty();
    }

    /** Stops every node and waits; never on a Vert.x event loop. */
    public void stopAndWait(Duration timeout) {
        await(stop(), timeout);
    }

    /** Waits for a Vert.x future from a non-Vert.x thread. */
    public static <T> T await(Future<T> future, Duration timeout) {
        if (Context.isOnVertxThread()) {
            throw new IllegalStateException("blocking wait on a Vert.x thread");
        }
        try {
            return future.toCompletionStage().toCompletableFuture().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for simulated nodes", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("simulated nodes did not answer within " + timeout, e);
        }
    }
}
