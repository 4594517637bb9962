package io.kumofleet.fleet.directive;

/** A rule found on a node that no directive owns: made by hand, by KumoMTA's TSA daemon or by another tool. */
public record UnownedRule(String node, NodeRule rule) {}
