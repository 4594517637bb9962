package io.kumofleet.sim;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.OptionalInt;

/** How the gateway's embedded simulator runs its nodes (how many is {@code kumo.fleet.simulated-nodes}). */
@ConfigMapping(prefix = "kumo.fleet.simulator")
public interface SimulatorConfig {

    /** First port for the simulated nodes (node i gets base-port + i - 1); unset for ephemeral ports. */
    OptionalInt basePort();

    /** Scheduled and ready queues per simulated node. */
    @WithDefault("200")
    int queues();

    /** Seed for queue populations and traffic; the same seed gives the same run. */
    @WithDefault("1")
    long seed();

    /** How often simulated traffic moves. */
    @WithDefault("1s")
    Duration tickInterval();
}
