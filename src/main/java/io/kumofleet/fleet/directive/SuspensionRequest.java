package io.kumofleet.fleet.directive;

import io.kumofleet.fleet.TargetRequest;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A request for a fleet scheduled-queue suspension. There is no routing_domain: kumod ignores it on
 * suspensions, which would silently suspend everything.
 */
@Schema(description = "A fleet-wide scheduled-queue suspension. Give at least one criterion, or everything: true.")
public record SuspensionRequest(
        String campaign,
        String tenant,
        String domain,
        @Schema(description = "Exact scheduled-queue names; excludes the other criteria") List<String> queueNames,
        @Schema(description = "Suspend every queue; required when no criterion is given") Boolean everything,
        @Schema(required = true) String reason,
        @Schema(description = "How long the suspension lasts, e.g. 2h (default 5m)", examples = "2h") String duration,
        @Schema(description = "When the suspension ends; instead of duration") Instant expires,
        TargetRequest target,
        @Schema(description = "Create nothing; report what would match on each node") Boolean dryRun,
        @Schema(description = "Fleet ids of active directives this one replaces: they end when it is created "
                + "(without it, directives with the same criteria both stay in force)") List<String> replaces) {

    /** Validates the request into a directive spec. */
    public TargetedDirective toSpec(SpecValidator validator) {
        Criteria criteria = new Criteria(campaign, tenant, domain, null, queueNames, null);
        return validator.spec(DirectiveKind.SUSPENSION, criteria, everything, reason, duration, expires, false, target)
                .replacing(replaces);
    }
}
