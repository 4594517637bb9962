package io.kumofleet.sim;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kumofleet.support.ClassVertx;
import io.kumofleet.support.HangGuard;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Starting, addressing and stopping a fleet of simulated nodes. */
class SimFleetTest {

    private static final Duration TIMEOUT = HangGuard.LIMIT;

    @RegisterExtension
    static final ClassVertx VERTX = new ClassVertx(TIMEOUT);

    private static SimFleetOptions options(int nodes) {
        return SimFleetOptions.of(nodes).withQueuesPerNode(30).withTickInterval(Duration.ZERO)
                .withClock(new SimClock(Instant.parse("2026-01-01T00:00:00Z")));
    }

    @Test
    void nodesAreNamedAndListenOnTheirOwnPortsUntilStopped() throws IOException {
        SimulatedFleet fleet = SimulatedFleet.startAndWait(VERTX.get(), options(3), TIMEOUT);
        assertEquals("sim-1,sim-2,sim-3", fleet.nodes().stream().map(SimulatedNode::name).collect(Collectors.joining(",")));
        assertEquals(3, fleet.nodes().stream().map(SimulatedNode::port).distinct().count());
        assertEquals("http://127.0.0.1:" + fleet.node(2).port(), fleet.node("sim-2").url().toString());
        assertTrue(fleet.nodes().stream().map(SimulatedNode::nodeId).distinct().count() == 3);
        long before = fleet.node(1).queues().totalScheduled();
        fleet.tick();
        assertTrue(fleet.node(1).queues().totalScheduled() != before || fleet.node(2).queues().totalScheduled() > 0);

        int port = fleet.node(3).port();
        new Socket(InetAddress.getLoopbackAddress(), port).close();
        fleet.stopAndWait(TIMEOUT);
        // The kernel may take a moment after the server's close completes to drop the listening socket.
        await().atMost(TIMEOUT).untilAsserted(() ->
                assertThrows(ConnectException.class, () -> new Socket(InetAddress.getLoopbackAddress(), port).close()));
    }

    @Test
    void aTakenPortFailsTheStartNamingNodeAndPort() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            IllegalStateException failure = assertThrows(IllegalStateException.class,
                    () -> SimulatedFleet.startAndWait(VERTX.get(), options(1).withBasePort(taken.getLocalPort()), TIMEOUT));
            assertTrue(failure.getMessage().startsWith("sim-1 could not listen on 127.0.0.1:" + taken.getLocalPort()),
                    failure.getMessage());
        }
    }

    @Test
    void blockingWaitsAreRefusedOnTheEventLoop() throws Exception {
        java.util.concurrent.CompletableFuture<Throwable> seen = new java.util.concurrent.CompletableFuture<>();
        VERTX.get().runOnContext(v -> {
            try {
                SimulatedFleet.startAndWait(VERTX.get(), options(1), TIMEOUT);
                seen.complete(null);
            } catch (IllegalStateException e) {
                seen.complete(e);
            }
        });
        Throwable thrown = seen.get(TIMEOUT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
        assertTrue(thrown != null && thrown.getMessage().contains("Vert.x thread"), String.valueOf(thrown));
    }
}
