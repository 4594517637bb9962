package io.kumofleet.rest;

import io.kumofleet.fleet.CurrentActor;
import io.kumofleet.fleet.directive.DirectiveKind;
import io.kumofleet.fleet.directive.DirectiveService;
import io.kumofleet.fleet.directive.DryRunService;
import io.kumofleet.fleet.directive.SpecValidator;
import io.kumofleet.fleet.directive.SuspensionRequest;
import io.kumofleet.fleet.directive.TargetedDirective;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Fleet scheduled-queue suspensions. */
@Path("/api/fleet/v1/suspensions")
public class SuspensionsResource extends DirectiveResource {

    private final SpecValidator validator;

    public SuspensionsResource(DirectiveService directives, CurrentActor actor, SpecValidator validator, DryRunService dryRun) {
        super(directives, actor, dryRun, DirectiveKind.SUSPENSION);
        this.validator = validator;
    }

    @POST
    @Operation(summary = "Suspend matching scheduled queues on every target node")
    public Response create(SuspensionRequest request) {
        RequestBodies.present(request);
        TargetedDirective directive = request.toSpec(validator);
        return Boolean.TRUE.equals(request.dryRun()) ? dryRun(directive) : created(directive, request);
    }
}
