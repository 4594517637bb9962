package io.kumofleet.sim;

import java.time.Clock;
import java.time.Duration;

/**
 * How to start a {@link SimulatedFleet}.
 *
 * @param nodes how many nodes, named {@code sim-1} .. {@code sim-N}
 * @param basePort first port (node i listens on basePort + i - 1), or 0 for ephemeral ports
 * @param queuesPerNode scheduled and ready queues generated per node
 * @param seed base seed; node i uses seed + i, so nodes differ but runs repeat
 * @param tickInterval automatic traffic period; {@link Duration#ZERO} to move only on {@code tick()}
 * @param clock shared by every node
 */
public record SimFleetOptions(int nodes, int basePort, int queuesPerNode, long seed, Duration tickInterval, Clock clock) {

    public SimFleetOptions {
        if (nodes < 0 || basePort < 0 || basePort > 65535 || queuesPerNode < 0) {
            throw new IllegalArgumentException("invalid fleet options");
        }
    }

    /** {@code nodes} ephemeral-port nodes of 200 queues each, seed 1, ticking every second, system clock. */
    public static SimFleetOptions of(int nodes) {
        return new SimFleetOptions(nodes, 0, 200, 1, Duration.ofSeconds(1), Clock.systemUTC());
    }

    public SimFleetOptions withBasePort(int value) {
        return new SimFleetOptions(nodes, value, queuesPerNode, seed, tickInterval, clock);
    }

    public SimFleetOptions withQueuesPerNode(int value) {
        return new SimFleetOptions(nodes, basePort, value, seed, tickInterval, clock);
    }

    public SimFleetOptions withSeed(long value) {
        return new SimFleetOptions(nodes, basePort, queuesPerNode, value, tickInterval, clock);
    }

    public SimFleetOptions withTickInterval(Duration value) {
        return new SimFleetOptions(nodes, basePort, queuesPerNode, seed, value, clock);
    }

    public SimFleetOptions withClock(Clock value) {
        return new SimFleetOptions(nodes, basePort, queuesPerNode, seed, tickInterval, value);
    }

    /** The options of node {@code i} (1-based). */
    public SimNodeOptions node(int i) {
        return SimNodeOptions.defaults("sim-" + i)
                .withPort(basePort == 0 ? 0 : basePort + i - 1)
                .withQueues(queuesPerNode)
                .withSeed(seed + i)
                .withTickInterval(tickInterval)
                .withClock(clock);
    }
}
