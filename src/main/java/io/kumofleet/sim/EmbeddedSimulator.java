package io.kumofleet.sim;

import io.kumofleet.config.FleetConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The simulated nodes the gateway fronts when {@code kumo.fleet.simulated-nodes} is above zero:
 * started at startup on Quarkus's Vert.x (only when the gateway serves HTTP, never in command
 * mode) and stopped at shutdown. {@link #nodes()} is what the node inventory lists.
 */
@ApplicationScoped
public class EmbeddedSimulator {

    private static final Logger LOG = Logger.getLogger(EmbeddedSimulator.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final int DEFAULT_NODES = 3;

    private final Vertx vertx;
    private final int count;
    private final SimulatorConfig config;
    private final boolean serving;
    private volatile SimulatedFleet fleet;

    @Inject
    public EmbeddedSimulator(Vertx vertx, FleetConfig fleetConfig, SimulatorConfig config,
            @ConfigProperty(name = "quarkus.http.host-enabled", defaultValue = "true") boolean serving) {
        this(vertx, nodeCount(fleetConfig.simulatedNodes(), !fleetConfig.nodes().isEmpty()), config, serving);
    }

    EmbeddedSimulator(Vertx vertx, int count, SimulatorConfig config, boolean serving) {
        this.vertx = vertx;
        this.count = count;
        this.config = config;
        this.serving = serving;
    }

    /** The embedded default: unless told otherwise, a gateway with no node configured fronts three simulated ones. */
    static int nodeCount(Optional<Integer> configured, boolean anyNodeConfigured) {
        return configured.orElse(anyNodeConfigured ? 0 : DEFAULT_NODES);
    }

    void onStart(@Observes @Priority(1) StartupEvent event) {
        if (count <= 0 || !serving) {
            return;
        }
        SimFleetOptions options = new SimFleetOptions(count, config.basePort().orElse(0), config.queues(),
                config.seed(), config.tickInterval(), Clock.systemUTC());
        fleet = SimulatedFleet.startAndWait(vertx, options, TIMEOUT);
        fleet.nodes().forEach(n -> LOG.infof("simulated kumod node %s listening on %s", n.name(), n.url()));
    }

    void onStop(@Observes ShutdownEvent event) {
        SimulatedFleet running = fleet;
        fleet = null;
        if (running != null) {
            try {
                running.stopAndWait(TIMEOUT);
            } catch (IllegalStateException e) {
                LOG.warnf("simulated nodes did not stop cleanly: %s", e.getMessage());
            }
        }
    }

    /** The running simulated nodes ({@code sim-1} .. {@code sim-N}, each with its URL); empty when none run. */
    public List<SimulatedNode> nodes() {
        SimulatedFleet running = fleet;
        return running == null ? List.of() : running.nodes();
    }
}
