package io.kumofleet.fleet.summary;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What one node says about one queue, as kcli's queue-summary shows it in its status column: a
 * bounce or a suspension that matches the queue, or a ready-queue state.
 */
@Schema(description = "What one node says about one queue: a matching bounce or suspension, or a ready-queue state "
        + "(kcli's status column)")
public record QueueAnnotation(
        @Schema(description = "The node that holds the rule or reports the state") String node,
        @Schema(description = "bounce, suspend or state", enumeration = {"bounce", "suspend", "state"}) String kind,
        @Schema(description = "The rule's reason as the node lists it, or the state's context") String reason,
        @Schema(description = "The fleet directive the rule belongs to, when its reason carries one", nullable = true)
                String directiveId,
        @Schema(description = "The state's name, e.g. connection_limited (kind state only)", nullable = true)
                String state,
        @Schema(description = "Since when the queue is in the state (kind state only)", nullable = true)
                Instant since,
        @Schema(description = "kcli's status text for it, e.g. \"🗑️ bounce: purge [fleet:3f2a9c1e]\"") String status) {}
