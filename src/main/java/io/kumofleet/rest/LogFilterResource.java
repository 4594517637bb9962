package io.kumofleet.rest;

import io.kumofleet.fleet.CurrentActor;
import io.kumofleet.fleet.logfilter.LogFilterRequest;
import io.kumofleet.fleet.logfilter.LogFilterResult;
import io.kumofleet.fleet.logfilter.LogFilterService;
import io.kumofleet.fleet.logfilter.LogFilterView;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The nodes' diagnostic log filters. */
@Path("/api/fleet/v1/log-filter")
public class LogFilterResource {

    private final LogFilterService logFilters;
    private final CurrentActor actor;

    public LogFilterResource(LogFilterService logFilters, CurrentActor actor) {
        this.logFilters = logFilters;
        this.actor = actor;
    }

    @PUT
    @Operation(summary = "Set the diagnostic log filter on target nodes",
            description = "With revert_after, each node is set back to its baseline filter when the time is up, "
                    + "even across a gateway restart.")
    public LogFilterResult set(LogFilterRequest request) {
        RequestBodies.present(request);
        return logFilters.set(request, actor.name());
    }

    @GET
    @Operation(summary = "What the gateway last set on each node, and when it reverts")
    public List<LogFilterView> get() {
        return logFilters.current();
    }
}
