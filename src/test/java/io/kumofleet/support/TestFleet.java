package io.kumofleet.support;

import io.kumofleet.sim.SimClock;
import io.kumofleet.sim.SimFleetOptions;
import io.kumofleet.sim.SimulatedFleet;
import io.kumofleet.sim.SimulatedNode;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.time.Instant;

/**
 * The simulated fleet every {@code @QuarkusTest} runs against: three nodes ({@code sim-1} and
 * {@code sim-2} tagged {@code eu}, {@code sim-3} tagged {@code us}) sharing one hand-moved clock
 * with the gateway, so tests move time instead of sleeping.
 */
public final class TestFleet {

    public static final Instant EPOCH = Instant.parse("2030-01-15T10:00:00Z");
    private static final Duration WAIT = HangGuard.LIMIT;

    private static Vertx vertx;
    private static SimClock clock;
    private static SimulatedFleet fleet;
    private static final java.util.Map<String, SimulatedNode> EXTRA = new java.util.concurrent.ConcurrentHashMap<>();

    private TestFleet() {}

    static synchronized SimulatedFleet start() {
        if (fleet == null) {
            vertx = Vertx.vertx();
            clock = new SimClock(EPOCH);
            // Fixed ports below the ephemeral range: a node that goes down and comes back must find its port
            // free, and an ephemeral one may meanwhile be handed to some outgoing connection.
            fleet = SimulatedFleet.startAndWait(vertx, SimFleetOptions.of(3).withBasePort(freeBasePort(3))
                    .withQueuesPerNode(50).withTickInterval(Duration.ZERO).withClock(clock), WAIT);
        }
        return fleet;
    }

    /** A run of free ports between 20000 and 32000, below Linux's ephemeral range (32768 and up). */
    static int freeBasePort(int count) {
        java.util.Random random = new java.util.Random();
        for (int attempt = 0; attempt < 100; attempt++) {
            int base = 20000 + random.nextInt(12000 - count);
            if (java.util.stream.IntStream.range(base, base + count).allMatch(TestFleet::isFree)) {
                return base;
            }
        }
        throw new IllegalStateException("no free run of " + count + " ports between 20000 and 32000");
    }

    private static boolean isFree(int port) {
        try (var socket = new java.net.ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /**
     * A simulated node beyond the fleet's three (same clock, 50 queues, moved by hand), started once
     * per JVM, for test profiles that front more nodes; {@link #reset()} leaves it alone.
     */
    public static synchronized SimulatedNode extra(String name) {
        start();
        return EXTRA.computeIfAbsent(name, n -> SimulatedFleet.await(SimulatedNode.start(vertx,
                io.kumofleet.sim.SimNodeOptions.defaults(n).withPort(freeBasePort(1)).withQueues(50).withSeed(n.hashCode())
                        .withTickInterval(Duration.ZERO).withClock(clock)), WAIT));
    }

    /** The Vert.x instance the test fleet runs on, for test-made servers. */
    public static Vertx vertx() {
        start();
        return vertx;
    }

    public static SimClock clock() {
        start();
        return clock;
    }

    public static SimulatedNode node(String name) {
        return start().node(name);
    }

    /** Every node up, without faults, having forgotten every rule, and the clock back at the epoch. */
    public static void reset() {
        clock().set(EPOCH);
        for (SimulatedNode node : start().nodes()) {
            node.faults().clear();
            if (!node.isUp()) {
                SimulatedFleet.await(node.comeUp(), WAIT);
            }
            SimulatedFleet.await(node.restart(), WAIT);
        }
    }

    /** Waits for a simulator operation such as {@code goDown()}. */
    public static <T> T await(io.vertx.core.Future<T> future) {
        return SimulatedFleet.await(future, WAIT);
    }
}
