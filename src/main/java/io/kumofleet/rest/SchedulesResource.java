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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
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
                    + "The answer shows the next windows in UTC and in the schedule's zone.")
    public Response create(ScheduleRequest request) {
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
