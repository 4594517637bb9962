package io.kumofleet.rest;

import io.kumofleet.fleet.CurrentActor;
import io.kumofleet.fleet.directive.BounceRequest;
import io.kumofleet.fleet.directive.DirectiveKind;
import io.kumofleet.fleet.directive.DirectiveService;
import io.kumofleet.fleet.directive.DryRunService;
import io.kumofleet.fleet.directive.SpecValidator;
import io.kumofleet.fleet.directive.TargetedDirective;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Fleet bounces. */
@Path("/api/fleet/v1/bounces")
public class BouncesResource extends DirectiveResource {

    private final SpecValidator validator;

    public BouncesResource(DirectiveService directives, CurrentActor actor, SpecValidator validator, DryRunService dryRun) {
        super(directives, actor, dryRun, DirectiveKind.BOUNCE);
        this.validator = validator;
    }

    @POST
    @Operation(summary = "Bounce matching messages on every target node",
            description = "With dry_run: true nothing is created; the answer (200) lists per node the scheduled queues "
                    + "that match and the messages they hold now. Otherwise each node gets the rule with an absolute expires and the fleet id in its reason; nodes "
                    + "that fail are retried by the reconciler until the bounce ends.")
    public Response create(BounceRequest request) {
        RequestBodies.present(request);
        TargetedDirective directive = request.toSpec(validator);
        return Boolean.TRUE.equals(request.dryRun()) ? dryRun(directive) : created(directive, request);
    }
}
