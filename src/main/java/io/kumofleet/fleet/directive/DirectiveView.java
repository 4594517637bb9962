package io.kumofleet.fleet.directive;

import io.kumofleet.fleet.TargetRequest;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/** A directive as the API shows it: what it asks, its life and its state on every target node. */
public record DirectiveView(
        String id,
        String kind,
        @JsonInclude(JsonInclude.Include.NON_NULL) CriteriaView criteria,
        boolean everything,
        String reason,
        boolean suppressLogging,
        TargetRequest target,
        Instant createdAt,
        String createdBy,
        Instant expires,
        String state,
        Instant endedAt,
        String endedBy,
        String scheduleId,
        List<NodeStateView> nodes) {

    /** The criteria with unset ones left out. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CriteriaView(
            String campaign, String tenant, String domain, String routingDomain, List<String> queueNames,
            String name) {}

    /** The directive's state on one node. */
    public record NodeStateView(
            String node,
            String state,
            String ruleId,
            Integer lastStatus,
            String lastError,
            Instant lastCheckedAt,
            Instant appliedAt,
            int applications) {}
}
