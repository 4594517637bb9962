package io.kumofleet.rest;

import io.kumofleet.fleet.CurrentActor;
import io.kumofleet.fleet.directive.DirectiveKind;
import io.kumofleet.fleet.directive.DirectiveService;
import io.kumofleet.fleet.directive.DryRunService;
import io.kumofleet.fleet.directive.ReadyQueueSuspensionRequest;
import io.kumofleet.fleet.directive.SpecValidator;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Fleet ready-queue (egress path) suspensions. */
@Path("/api/fleet/v1/ready-queue-suspensions")
public class ReadyQueueSuspensionsResource extends DirectiveResource {

    private final SpecValidator validator;

    public ReadyQueueSuspensionsResource(DirectiveService directives, CurrentActor actor, SpecValidator validator,
            DryRunService dryRun) {
        super(directives, actor, dryRun, DirectiveKind.READY_QUEUE_SUSPENSION);
        this.validator = validator;
    }

    @POST
    @Operation(summary = "Suspend one ready queue on every target node")
    public Response create(ReadyQueueSuspensionRequest request) {
        RequestBodies.present(request);
        return created(request.toSpec(validator), request);
    }
}
