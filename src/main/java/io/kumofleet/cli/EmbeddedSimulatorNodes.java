package io.kumofleet.cli;

import io.kumofleet.fleet.NodeSource;
import io.kumofleet.sim.EmbeddedSimulator;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Serve's wiring of the embedded simulator into the gateway: its running nodes, tagged {@code simulated}. */
@ApplicationScoped
public class EmbeddedSimulatorNodes implements NodeSource {

    /** The tag of the simulated nodes the gateway starts itself. */
    public static final String SIMULATED_TAG = "simulated";

    private final EmbeddedSimulator simulator;

    public EmbeddedSimulatorNodes(EmbeddedSimulator simulator) {
        this.simulator = simulator;
    }

    @Override
    public List<SourcedNode> nodes() {
        return simulator.nodes().stream()
                .map(node -> new SourcedNode(node.name(), node.url(), List.of(SIMULATED_TAG)))
                .toList();
    }
}
