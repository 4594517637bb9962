package io.kumofleet.rest;

import io.kumofleet.fleet.CurrentActor;
import io.kumofleet.fleet.InvalidRequestException;
import io.kumofleet.fleet.directive.DirectiveKind;
import io.kumofleet.fleet.directive.DirectiveListing;
import io.kumofleet.fleet.directive.DirectiveResult;
import io.kumofleet.fleet.directive.DirectiveService;
import io.kumofleet.fleet.directive.DirectiveState;
import io.kumofleet.fleet.directive.DirectiveView;
import io.kumofleet.fleet.directive.DryRunService;
import io.kumofleet.fleet.directive.TargetedDirective;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** The read and cancel endpoints every directive kind shares; each kind's resource adds its POST. */
public abstract class DirectiveResource {

    protected final DirectiveService directives;
    protected final CurrentActor actor;
    private final DryRunService dryRuns;
    private final DirectiveKind kind;

    protected DirectiveResource(DirectiveService directives, CurrentActor actor, DryRunService dryRuns, DirectiveKind kind) {
        this.directives = directives;
        this.actor = actor;
        this.dryRuns = dryRuns;
        this.kind = kind;
    }

    @GET
    @Operation(summary = "List directives with their per-node state",
            description = "live=true also reads every node's list and reports rules no directive owns.")
    public DirectiveListing list(
            @Parameter(description = "active (default), expired, cancelled or all") @RestQuery String state,
            @Parameter(description = "also read the nodes' lists now") @RestQuery boolean live) {
        DirectiveState filter = parseState(state);
        return live ? directives.live(kind, filter) : new DirectiveListing(directives.list(kind, filter), null, null);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One directive with its per-node state and history")
    public DirectiveView get(@RestPath String id) {
        return directives.get(kind, id);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Cancel a directive on every node",
            description = "A node answering 404 (rule already gone) counts as cancelled; the directive keeps its history.")
    public DirectiveResult cancel(@RestPath String id) {
        return directives.cancel(kind, id, actor.name());
    }

    /** Creates the directive and answers 201 with it and every node's outcome. */
    protected Response created(TargetedDirective directive, Object request) {
        DirectiveResult result = directives.create(directive, actor.name(), request);
        return Response.status(201).entity(result).build();
    }

    /** Answers 200 with what the directive would match on each node now; creates nothing. */
    protected Response dryRun(TargetedDirective directive) {
        return Response.ok(dryRuns.report(directive)).build();
    }

    private static DirectiveState parseState(String state) {
        if (state == null || state.isBlank() || state.equals("active")) {
            return DirectiveState.ACTIVE;
        }
        if (state.equals("all")) {
            return null;
        }
        try {
            return DirectiveState.valueOf(state.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("state must be active, expired, cancelled or all, not '" + state + "'");
        }
    }
}
