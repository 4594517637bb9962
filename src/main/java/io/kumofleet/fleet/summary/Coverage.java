package io.kumofleet.fleet.summary;

import io.kumofleet.fanout.FanoutResult;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Which of the selected nodes a summary adds up, and why the others are missing from it. */
@Schema(description = "Which of the selected nodes the summary adds up, and why the others are missing")
public record Coverage(
        @Schema(description = "How many nodes were selected") int nodesTotal,
        @Schema(description = "How many of them answered completely and are counted") int nodesReporting,
        @Schema(description = "The selected nodes that are not counted, with the reason") List<FailedNode> failed) {

    /** A selected node that the summary does not count, and why. */
    @Schema(description = "A selected node the summary does not count")
    public record FailedNode(
            @Schema(description = "Node name") String node,
            @Schema(description = "timeout, unreachable, http_error, bad_response, backed_off or internal") String kind,
            @Schema(description = "The node's HTTP status, when it answered with an error", nullable = true)
                    Integer status,
            @Schema(description = "What went wrong, in the node's words when it gave any "
                    + "(a garbled /metrics names the line)") String reason) {}

    static Coverage of(FanoutResult<?> result) {
        List<FailedNode> failed = result.failures().stream()
                .map(f -> new FailedNode(f.node(), f.failure().kind().name().toLowerCase(Locale.ROOT),
                        f.failure().status(), f.failure().message()))
                .toList();
        return new Coverage(result.outcomes().size(), result.successes().size(), failed);
    }
}
