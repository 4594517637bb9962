package io.kumofleet.fleet;

import java.util.List;

/** The inventory answer: every selected node's status, and how many are up. */
public record NodesReport(int nodesTotal, int nodesUp, List<NodeStatus> nodes) {

    static NodesReport of(List<NodeStatus> nodes) {
        int up = (int) nodes.stream().filter(n -> n.status().equals(NodeStatusService.UP)).count();
        return new NodesReport(nodes.size(), up, nodes);
    }
}
