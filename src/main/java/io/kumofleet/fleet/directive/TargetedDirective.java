package io.kumofleet.fleet.directive;

import io.kumofleet.fanout.FleetNode;
import io.kumofleet.fleet.InvalidRequestException;
import java.util.List;

/**
 * A validated directive with the nodes its target selected while it was validated, so nothing
 * selects again, and the active directives its creator asked it to replace.
 */
public record TargetedDirective(DirectiveSpec spec, List<FleetNode> nodes, List<String> replaces) {

    public TargetedDirective {
        if (replaces != null && replaces.stream().anyMatch(id -> id == null || id.isBlank())) {
            throw new InvalidRequestException("replaces must list the fleet ids of active directives");
        }
        replaces = replaces == null ? List.of() : List.copyOf(replaces);
    }

    public TargetedDirective(DirectiveSpec spec, List<FleetNode> nodes) {
        this(spec, nodes, List.of());
    }

    /** The same directive, replacing these active directives when it is created. */
    public TargetedDirective replacing(List<String> ids) {
        return new TargetedDirective(spec, nodes, ids);
    }
}
