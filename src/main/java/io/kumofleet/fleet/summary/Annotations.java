package io.kumofleet.fleet.summary;

import io.kumofleet.fanout.NodeOutcome;
import io.kumofleet.fleet.directive.FleetTag;
import io.kumofleet.kumo.wire.QueueState;
import io.kumofleet.kumo.wire.SuspendReadyQueueV1ListEntry;
import io.kumofleet.kumod.ScheduledQueueName;
import io.kumofleet.metrics.KcliStatus;
import io.kumofleet.metrics.QueueRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * kcli's status column for every reporting node: per node, a scheduled queue shows the first bounce
 * that matches it, else the first matching suspension; a ready queue shows a ready-queue
 * suspension of the same name and each of its states.
 */
final class Annotations {

    private record NodeRules(String node, List<QueueRule> bounces, List<QueueRule> suspensions, RuleLists lists) {}

    private final List<NodeRules> nodes;

    private Annotations(List<NodeRules> nodes) {
        this.nodes = nodes;
    }

    static Annotations of(List<NodeOutcome.Succeeded<NodeReading>> readings) {
        List<NodeRules> nodes = new ArrayList<>();
        for (NodeOutcome.Succeeded<NodeReading> reading : readings) {
            RuleLists lists = reading.value().rules();
            nodes.add(new NodeRules(reading.node(),
                    lists.bounces().stream().map(b -> new QueueRule(b.campaign(), b.tenant(), b.domain(), b.reason()))
                            .toList(),
                    lists.suspensions().stream().map(s -> new QueueRule(s.campaign(), s.tenant(), s.domain(), s.reason()))
                            .toList(),
                    lists));
        }
        return new Annotations(nodes);
    }

    List<QueueAnnotation> scheduled(ScheduledQueueName queue) {
        List<QueueAnnotation> out = new ArrayList<>();
        for (NodeRules node : nodes) {
            QueueRule bounce = first(node.bounces(), queue);
            QueueRule suspension = bounce == null ? first(node.suspensions(), queue) : null;
            if (bounce != null) {
                out.add(rule(node.node(), "bounce", bounce.reason(), KcliStatus.bounced(bounce.reason())));
            } else if (suspension != null) {
                out.add(rule(node.node(), "suspend", suspension.reason(), KcliStatus.suspended(suspension.reason())));
            }
        }
        return out;
    }

    List<QueueAnnotation> ready(String name) {
        List<QueueAnnotation> out = new ArrayList<>();
        for (NodeRules node : nodes) {
            for (SuspendReadyQueueV1ListEntry suspension : node.lists().readyQueueSuspensions()) {
                if (name.equals(suspension.name())) {
                    out.add(rule(node.node(), "suspend", suspension.reason(), KcliStatus.suspended(suspension.reason())));
                    break;
                }
            }
            Map<String, Map<String, QueueState>> states = node.lists().states().statesByReadyQueue();
            Map<String, QueueState> queueStates = states == null ? null : states.get(name);
            if (queueStates != null) {
                queueStates.forEach((key, state) -> out.add(new QueueAnnotation(node.node(), "state", state.context(),
                        null, key, state.since(), KcliStatus.readyQueueState(key, state.context(), state.since()))));
            }
        }
        return out;
    }

    private static QueueRule first(List<QueueRule> rules, ScheduledQueueName queue) {
        for (QueueRule rule : rules) {
            if (rule.matches(queue)) {
                return rule;
            }
        }
        return null;
    }

    private static QueueAnnotation rule(String node, String kind, String reason, String status) {
        return new QueueAnnotation(node, kind, reason, FleetTag.idIn(reason).orElse(null), null, null, status);
    }
}
