package io.kumofleet.fleet.directive;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One node's list of a kind, with the rules the gateway made by fleet id: lists run to thousands
 * of rules, and every directive looks for its own in them.
 */
record NodeRuleList(List<NodeRule> rules, Map<String, NodeRule> byFleetId) {

    static NodeRuleList of(List<NodeRule> rules) {
        Map<String, NodeRule> byFleetId = new HashMap<>();
        rules.forEach(rule -> rule.fleetId().ifPresent(id -> byFleetId.putIfAbsent(id, rule)));
        return new NodeRuleList(rules, byFleetId);
    }
}
