package io.kumofleet.fleet.directive;

import io.kumofleet.fleet.TargetRequest;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A request for a fleet bounce: kumod's bounce criteria plus lifetime, target and safety flags. */
@Schema(description = "A fleet-wide bounce. Give at least one criterion, or everything: true.")
public record BounceRequest(
        String campaign,
        String tenant,
        String domain,
        String routingDomain,
        @Schema(description = "Exact scheduled-queue names; excludes the other criteria") List<String> queueNames,
        @Schema(description = "Bounce every queue; required when no criterion is given") Boolean everything,
        @Schema(required = true, description = "Logged with every bounced message") String reason,
        @Schema(description = "How long the bounce stays active, e.g. 30m (default 5m)", examples = "30m")
                String duration,
        @Schema(description = "When the bounce ends; instead of duration") Instant expires,
        Boolean suppressLogging,
        TargetRequest target,
        @Schema(description = "Create nothing; report what would match on each node") Boolean dryRun,
        @Schema(description = "Fleet ids of active directives this one replaces: they end when it is created "
                + "(without it, directives with the same criteria both stay in force)") List<String> replaces) {

    /** Validates the request into a directive spec. */
    public TargetedDirective toSpec(SpecValidator validator) {
        Criteria criteria = new Criteria(campaign, tenant, domain, routingDomain, queueNames, null);
        return validator.spec(DirectiveKind.BOUNCE, criteria, everything, reason, duration, expires,
                Boolean.TRUE.equals(suppressLogging), target).replacing(replaces);
    }
}
