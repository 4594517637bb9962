package io.kumofleet.fleet;

import io.kumofleet.config.FleetConfig;
import io.kumofleet.fanout.FleetNode;
import io.kumofleet.fanout.NodeSelector;
import io.kumofleet.fanout.Target;
import io.kumofleet.kumo.KumoClientFactory;
import io.kumofleet.kumo.KumoEndpoint;
import io.quarkus.runtime.configuration.ConfigurationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/** The nodes the gateway fronts, each with its client, built once from configuration and the node sources. */
@ApplicationScoped
public class NodeInventory {

    private static final Logger LOG = Logger.getLogger(NodeInventory.class);

    private final List<FleetNode> nodes;

    public NodeInventory(FleetConfig config, KumoClientFactory clients, Instance<NodeSource> sources) {
        List<FleetNode> all = new ArrayList<>();
        for (NodeSource source : sources) {
            for (NodeSource.SourcedNode node : source.nodes()) {
                var endpoint = KumoEndpoint.of(node.name(), node.url(), config.nodeTimeout());
                all.add(new FleetNode(node.name(), node.tags(), clients.forEndpoint(endpoint), "kumod=info"));
            }
        }
        for (Map.Entry<String, FleetConfig.NodeConfig> entry : config.nodes().entrySet()) {
            if (all.stream().anyMatch(n -> n.name().equals(entry.getKey()))) {
                throw new ConfigurationException("node '" + entry.getKey() + "' is configured and is also one of the "
                        + "embedded simulated nodes; rename it, or set kumo.fleet.simulated-nodes=0");
            }
            var endpoint = NodeEndpoints.fromConfig(entry.getKey(), entry.getValue(), config.nodeTimeout());
            all.add(new FleetNode(entry.getKey(), entry.getValue().tags().orElse(List.of()),
                    clients.forEndpoint(endpoint), entry.getValue().logFilter()));
        }
        all.sort(Comparator.comparing(FleetNode::name));
        this.nodes = List.copyOf(all);
        LOG.infof("fronting %d KumoMTA node(s): %s", nodes.size(),
                String.join(", ", nodes.stream().map(FleetNode::name).toList()));
    }

    /** Every node, ordered by name. */
    public List<FleetNode> all() {
        return nodes;
    }

    /** The nodes a target selects; throws {@link io.kumofleet.fanout.SelectionException} on a mistake. */
    public List<FleetNode> select(Target target) {
        return NodeSelector.select(nodes, target);
    }
}
