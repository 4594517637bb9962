package io.kumofleet.sim;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How to run one simulated kumod node.
 *
 * @param name the node's name, e.g. {@code sim-1}; also seeds its stable node_id
 * @param port the TCP port on 127.0.0.1, 0 for an ephemeral one (kept across down/up and restarts)
 * @param scheduledQueues how many scheduled queues to generate
 * @param readyQueues how many ready queues to generate
 * @param seed seeds the queue population, the traffic and the fault dice: same seed, same run
 * @param tickInterval how often traffic moves by itself; {@link Duration#ZERO} for only {@code tick()}
 * @param clock the time used for rule expiry, remaining times and timestamps
 * @param version the KumoMTA version machine-info reports
 */
public record SimNodeOptions(
        String name,
        int port,
        int scheduledQueues,
        int readyQueues,
        long seed,
        Duration tickInterval,
        Clock clock,
        String version) {

    /** The version string of the kumod whose OpenAPI document this simulator follows. */
    public static final String DEFAULT_VERSION = "2026.06.23-db312236";

    public SimNodeOptions {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(tickInterval, "tickInterval");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(version, "version");
        if (port < 0 || port > 65535 || scheduledQueues < 0 || readyQueues < 0 || tickInterval.isNegative()) {
            throw new IllegalArgumentException("invalid simulated node options for " + name);
        }
    }

    /** An ephemeral-port node with 200 scheduled and 200 ready queues that ticks every second. */
    public static SimNodeOptions defaults(String name) {
        return new SimNodeOptions(name, 0, 200, 200, 1, Duration.ofSeconds(1), Clock.systemUTC(), DEFAULT_VERSION);
    }

    public SimNodeOptions withPort(int value) {
        return new SimNodeOptions(name, value, scheduledQueues, readyQueues, seed, tickInterval, clock, version);
    }

    /** Sets both the scheduled and the ready queue count. */
    public SimNodeOptions withQueues(int value) {
        return new SimNodeOptions(name, port, value, value, seed, tickInterval, clock, version);
    }

    public SimNodeOptions withScheduledQueues(int value) {
        return new SimNodeOptions(name, port, value, readyQueues, seed, tickInterval, clock, version);
    }

    public SimNodeOptions withReadyQueues(int value) {
        return new SimNodeOptions(name, port, scheduledQueues, value, seed, tickInterval, clock, version);
    }

    public SimNodeOptions withSeed(long value) {
        return new SimNodeOptions(name, port, scheduledQueues, readyQueues, value, tickInterval, clock, version);
    }

    public SimNodeOptions withTickInterval(Duration value) {
        return new SimNodeOptions(name, port, scheduledQueues, readyQueues, seed, value, clock, version);
    }

    public SimNodeOptions withClock(Clock value) {
        return new SimNodeOptions(name, port, scheduledQueues, readyQueues, seed, tickInterval, value, version);
    }

    public SimNodeOptions withVersion(String value) {
        return new SimNodeOptions(name, port, scheduledQueues, readyQueues, seed, tickInterval, clock, value);
    }
}
