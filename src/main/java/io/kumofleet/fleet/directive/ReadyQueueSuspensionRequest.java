package io.kumofleet.fleet.directive;

import io.kumofleet.fleet.TargetRequest;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A request for a fleet ready-queue (egress path) suspension. */
@Schema(description = "A fleet-wide suspension of one ready queue (egress path).")
public record ReadyQueueSuspensionRequest(
        @Schema(required = true, description = "The exact ready-queue name",
                examples = "my-source->(alt1|alt2)?.gmail-smtp-in.l.google.com@smtp_client") String name,
        @Schema(required = true) String reason,
        @Schema(description = "How long the suspension lasts (default 5m)") String duration,
        @Schema(description = "When the suspension ends; instead of duration") Instant expires,
        TargetRequest target,
        @Schema(description = "Fleet ids of active directives this one replaces: they end when it is created "
                + "(without it, directives with the same criteria both stay in force)") List<String> replaces) {

    /** Validates the request into a directive spec. */
    public TargetedDirective toSpec(SpecValidator validator) {
        Criteria criteria = new Criteria(null, null, null, null, null, name);
        return validator.spec(DirectiveKind.READY_QUEUE_SUSPENSION, criteria, false, reason, duration, expires,
                false, target).replacing(replaces);
    }
}
