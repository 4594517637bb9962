package io.kumofleet.rest;

import io.kumofleet.fanout.Target;
import io.kumofleet.fleet.NodeStatusService;
import io.kumofleet.fleet.NodesReport;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

/** The fleet inventory with each node's live status. */
@Path("/api/fleet/v1/nodes")
@Produces(MediaType.APPLICATION_JSON)
public class NodesResource {

    private final NodeStatusService nodes;

    public NodesResource(NodeStatusService nodes) {
        this.nodes = nodes;
    }

    @GET
    @Operation(summary = "List nodes with live status",
            description = "Checks liveness and machine-info on every selected node at once. A node that is down "
                    + "or slower than its timeout is reported down with the reason; it never delays the others.")
    public Uni<NodesReport> list(
            @Parameter(description = "Node name (repeatable)") @RestQuery List<String> node,
            @Parameter(description = "Tag (repeatable); selects nodes carrying any of the tags") @RestQuery
                    List<String> tag) {
        return nodes.status(new Target(node, tag));
    }
}
