package io.kumofleet.fleet.directive;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.kumofleet.fleet.NodeResult;
import java.util.List;

/**
 * The answer to a create or cancel: the directive as it now stands, what each node said, and, for a
 * create, the active directives it overlaps and those it replaced.
 */
public record DirectiveResult(
        DirectiveView directive,
        List<NodeResult> outcomes,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<Overlap> overlaps,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<String> replaced) {

    /** A cancel's answer. */
    public DirectiveResult(DirectiveView directive, List<NodeResult> outcomes) {
        this(directive, outcomes, null, null);
    }
}
