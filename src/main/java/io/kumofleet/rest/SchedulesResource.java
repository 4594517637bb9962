package io.kumofleet.rest;

import io.kumofleet.fleet.CurrentActor;
import io.kumofleet.schedule.ScheduleCancelResult;
import io.kumofleet.schedule.ScheduleRequest;
import io.kumofleet.schedule.ScheduleService;
import io.kumofleet.schedule.ScheduleView;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** Timed and recurring directives. */
@Path("/api/fleet/v1/schedules")
public class SchedulesResource {

    private final ScheduleService schedules;
    private final CurrentActor actor;

    public SchedulesResource(ScheduleService schedules, CurrentActor actor) {
        this.schedules = schedules;
        this.actor = actor;
    }

    @POST
    @Operation(summary = "Schedule a directive for one window or recurring windows",
            description = "Each window's start creates an ordinary fleet directive that ends at the window's end. "
                    + "The answer shows the next windows in UTC and in the schedule's zone. A schedule with the "
                    + "same kind, criteria, target (node names and tags) and timing (start and end, or cron, zone "
                    + "and duration) as an active one is refused unless allow_duplicate is true; reason and "
                    + "suppress_logging do not count.")
    @APIResponse(responseCode = "201", description = "Created; the schedule with its next windows",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ScheduleView.class)))
    @APIResponse(responseCode = "409", description = "An active schedule is the same; the detail names it",
            content = @Content(mediaType = ProblemMappers.PROBLEM_JSON,
                    schema = @Schema(implementation = Problem.class)))
    public Response create(ScheduleRequest request) {
        RequestBodies.present(request);
        return Response.status(201).entity(schedules.create(request, actor.name())).build();
    }

    @GET
    @Operation(summary = "List schedules with their next windows")
    public List<ScheduleView> list(
            @Parameter(description = "active (default), cancelled, finished or all") @RestQuery String state) {
        return schedules.list(state);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One schedule with its run history")
    public ScheduleView get(@RestPath String id) {
        return schedules.get(id, true);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Stop a schedule; a window in force has its directive cancelled on the nodes")
    public ScheduleCancelResult cancel(@RestPath String id) {
        return schedules.cancel(id, actor.name());
    }
}
