package io.kumofleet.fleet.logfilter;

import io.kumofleet.fleet.TargetRequest;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A request to set the diagnostic log filter on target nodes, optionally only for a while. */
public record LogFilterRequest(
        @Schema(required = true, description = "tracing EnvFilter directives", examples = "kumod=debug")
                String filter,
        TargetRequest target,
        @Schema(description = "set each node back to its baseline filter after this long, e.g. 30m")
                String revertAfter) {}
