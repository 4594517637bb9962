package io.kumofleet.fleet;

import io.kumofleet.fanout.FanoutExecutor;
import io.kumofleet.fanout.FleetNode;
import io.kumofleet.fanout.NodeOutcome;
import io.kumofleet.fanout.Target;
import io.kumofleet.kumo.KumoEndpoint;
import io.kumofleet.kumo.wire.MachineInfoV1;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Asks every selected node whether it is alive and who it is, all at once. */
@ApplicationScoped
public class NodeStatusService {

    static final String UP = "up";
    static final String DOWN = "down";

    private final NodeInventory inventory;
    private final FanoutExecutor fanout;

    public NodeStatusService(NodeInventory inventory, FanoutExecutor fanout) {
        this.inventory = inventory;
        this.fanout = fanout;
    }

    /** The status of the nodes a target selects. */
    public Uni<NodesReport> status(Target target) {
        List<FleetNode> nodes = inventory.select(target);
        Map<String, FleetNode> byName = nodes.stream().collect(Collectors.toMap(FleetNode::name, Function.identity()));
        return fanout.run(nodes, "node-status", NodeStatusService::probe)
                .map(result -> NodesReport.of(result.outcomes().stream()
                        .map(outcome -> toStatus(byName.get(outcome.node()), outcome))
                        .toList()));
    }

    /** Liveness decides up or down; machine-info failing (e.g. untrusted address) only adds an error. */
    private static Uni<Probe> probe(FleetNode node) {
        Uni<MachineInfoV1> info = node.client().machineInfo();
        return Uni.combine().all()
                .unis(node.client().checkLiveness(),
                        info.map(Probe::ofInfo).onFailure().recoverWithItem(e -> Probe.ofInfoError(e.getMessage())))
                .asTuple()
                .map(t -> t.getItem2());
    }

    private static NodeStatus toStatus(FleetNode node, NodeOutcome<Probe> outcome) {
        KumoEndpoint endpoint = node.client().endpoint();
        long latency = outcome.latency().toMillis();
        String url = endpoint.baseUrl().toString();
        String credentials = endpoint.credentials().kind();
        if (outcome instanceof NodeOutcome.Succeeded<Probe> ok) {
            Probe probe = ok.value();
            MachineInfoV1 info = probe.info();
            return new NodeStatus(node.name(), url, node.tags(), credentials, UP,
                    info == null ? null : info.version(),
                    info == null ? null : info.nodeId(),
                    info == null ? null : info.hostname(),
                    latency,
                    probe.infoError() == null ? null : "machine-info: " + probe.infoError());
        }
        var failed = (NodeOutcome.Failed<Probe>) outcome;
        return new NodeStatus(node.name(), url, node.tags(), credentials, DOWN, null, null, null, latency,
                failed.failure().message());
    }

    private record Probe(MachineInfoV1 info, String infoError) {
        static Probe ofInfo(MachineInfoV1 info) {
            return new Probe(info, null);
        }

        static Probe ofInfoError(String error) {
            return new Probe(null, error);
        }
    }
}
