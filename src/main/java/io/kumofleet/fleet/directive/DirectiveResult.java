package io.kumofleet.fleet.directive;

import io.kumofleet.fleet.NodeResult;
import java.util.List;

/** The answer to a create or cancel: the directive as it now stands and what each node said. */
public record DirectiveResult(DirectiveView directive, List<NodeResult> outcomes) {}
