package io.kumofleet.fleet.directive;

import io.kumofleet.fleet.NodeResult;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Directives of one kind; with {@code live=true} also every rule the nodes hold that no directive
 * owns, and the nodes whose lists could not be read.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DirectiveListing(
        List<DirectiveView> directives, List<UnownedRule> unownedRules, List<NodeResult> unreadableNodes) {}
