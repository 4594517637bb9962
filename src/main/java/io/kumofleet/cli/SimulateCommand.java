package io.kumofleet.cli;

import io.kumofleet.cli.kcli.HumantimeConverter;
import io.kumofleet.sim.SimFleetOptions;
import io.kumofleet.sim.SimulatedFleet;
import io.kumofleet.sim.SimulatedNode;
import io.quarkus.runtime.Quarkus;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** Runs simulated kumod nodes on 127.0.0.1 until interrupted, printing one {@code name url} line per node. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Run simulated KumoMTA nodes (kumod admin API, metrics) on 127.0.0.1 until interrupted.")
public class SimulateCommand implements Callable<Integer> {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final Vertx vertx;

    @Spec
    CommandSpec spec;

    @Option(names = "--nodes", defaultValue = "1", description = "How many nodes (default: ${DEFAULT-VALUE}).")
    int nodes;

    @Option(names = "--port", defaultValue = "0",
            description = "Port of the first node; the others follow. 0 picks free ports (default).")
    int port;

    @Option(names = "--queues", defaultValue = "200",
            description = "Scheduled and ready queues per node (default: ${DEFAULT-VALUE}).")
    int queues;

    @Option(names = "--seed", defaultValue = "1", description = "Seed: the same seed gives the same run.")
    long seed;

    @Option(names = "--tick", defaultValue = "1s", converter = HumantimeConverter.class,
            description = "How often traffic moves, as a humantime duration (default: ${DEFAULT-VALUE}).")
    Duration tick;

    @Inject
    public SimulateCommand(Vertx vertx) {
        this.vertx = vertx;
    }

    @Override
    public Integer call() {
        SimFleetOptions options = new SimFleetOptions(nodes, port, queues, seed, tick, Clock.systemUTC());
        SimulatedFleet fleet;
        try {
            fleet = SimulatedFleet.startAndWait(vertx, options, TIMEOUT);
        } catch (IllegalStateException e) {
            spec.commandLine().getErr().println("Error: " + e.getMessage());
            return 1;
        }
        PrintWriter out = spec.commandLine().getOut();
        for (SimulatedNode node : fleet.nodes()) {
            out.println(node.name() + " " + node.url());
        }
        out.flush();
        try {
            Quarkus.waitForExit();
        } finally {
            try {
                fleet.stopAndWait(Duration.ofSeconds(5));
            } catch (IllegalStateException e) {
                // Vert.x is shutting down with the application; its servers close with it
            }
        }
        return 0;
    }
}
