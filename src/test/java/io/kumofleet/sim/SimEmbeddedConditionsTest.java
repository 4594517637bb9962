package io.kumofleet.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kumofleet.support.ClassVertx;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The embedded simulator starts only for a serving gateway with simulated nodes configured. */
class SimEmbeddedConditionsTest {

    @RegisterExtension
    static final ClassVertx VERTX = new ClassVertx(Duration.ofSeconds(10));

    private static SimulatorConfig simulator() {
        return new SimulatorConfig() {
            @Override
            public OptionalInt basePort() {
                return OptionalInt.empty();
            }

            @Override
            public int queues() {
                return 10;
            }

            @Override
            public long seed() {
                return 3;
            }

            @Override
            public Duration tickInterval() {
                return Duration.ZERO;
            }
        };
    }

    @Test
    void withNoNodeConfiguredTheDefaultIsThreeSimulatedNodes() {
        assertEquals(3, EmbeddedSimulator.nodeCount(Optional.empty(), false));
        assertEquals(0, EmbeddedSimulator.nodeCount(Optional.empty(), true));
        assertEquals(5, EmbeddedSimulator.nodeCount(Optional.of(5), true));
        assertEquals(0, EmbeddedSimulator.nodeCount(Optional.of(0), false));
    }

    @Test
    void commandModeStartsNothing() {
        EmbeddedSimulator embedded = new EmbeddedSimulator(VERTX.get(), 3, simulator(), false);
        embedded.onStart(null);
        assertTrue(embedded.nodes().isEmpty());
    }

    @Test
    void zeroNodesStartsNothing() {
        EmbeddedSimulator embedded = new EmbeddedSimulator(VERTX.get(), 0, simulator(), true);
        embedded.onStart(null);
        assertTrue(embedded.nodes().isEmpty());
    }

    @Test
    void servingGatewayStartsAndStopsTheNodes() {
        EmbeddedSimulator embedded = new EmbeddedSimulator(VERTX.get(), 3, simulator(), true);
        embedded.onStart(null);
        assertEquals(3, embedded.nodes().size());
        assertEquals("sim-3", embedded.nodes().get(2).name());
        SimulatedNode first = embedded.nodes().get(0);
        assertTrue(first.isUp());
        embedded.onStop(null);
        assertTrue(embedded.nodes().isEmpty());
        assertTrue(!first.isUp());
    }
}
