package io.kumofleet.fleet.directive;

import io.kumofleet.fanout.FleetNode;
import java.util.List;

/** A validated directive with the nodes its target selected while it was validated, so nothing selects again. */
public record TargetedDirective(DirectiveSpec spec, List<FleetNode> nodes) {}
