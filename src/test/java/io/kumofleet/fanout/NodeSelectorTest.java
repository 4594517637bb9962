package io.kumofleet.fanout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class NodeSelectorTest {

    private final List<FleetNode> fleet = List.of(
            new FleetNode("a", List.of("eu", "blue"), null, "kumod=info"),
            new FleetNode("b", List.of("us"), null, "kumod=info"),
            new FleetNode("c", List.of("eu"), null, "kumod=info"));

    @Test
    void noNodesOrTagsMeansEveryNode() {
        assertThat(names(NodeSelector.select(fleet, Target.all()))).containsExactly("a", "b", "c");
    }

    @Test
    void namedNodesAndTaggedNodesAreUnitedInInventoryOrder() {
        var selected = NodeSelector.select(fleet, new Target(List.of("b"), List.of("eu")));

        assertThat(names(selected)).containsExactly("a", "b", "c");
        assertThat(names(NodeSelector.select(fleet, new Target(List.of(), List.of("blue"))))).containsExactly("a");
    }

    @Test
    void unknownNamesAndTagsAreRefusedWithWhatIsKnown() {
        assertThatThrownBy(() -> NodeSelector.select(fleet, new Target(List.of("zz"), List.of("asia"))))
                .isInstanceOf(SelectionException.class)
                .hasMessageContaining("node 'zz'")
                .hasMessageContaining("tag 'asia'")
                .hasMessageContaining("known nodes: a, b, c");
    }

    @Test
    void anEmptyFleetSelectsNothingAndSaysWhy() {
        assertThatThrownBy(() -> NodeSelector.select(List.of(), Target.all()))
                .isInstanceOf(SelectionException.class)
                .hasMessageContaining("no nodes configured");
    }

    private static List<String> names(List<FleetNode> nodes) {
        return nodes.stream().map(FleetNode::name).toList();
    }
}
