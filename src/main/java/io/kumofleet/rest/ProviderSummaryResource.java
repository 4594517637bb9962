package io.kumofleet.rest;

import io.kumofleet.fanout.Target;
import io.kumofleet.fleet.summary.ProviderSummaryQuery;
import io.kumofleet.fleet.summary.ProviderSummaryReport;
import io.kumofleet.fleet.summary.ProviderSummaryService;
import io.kumofleet.fleet.summary.QueueSummaryQuery;
import io.kumofleet.metrics.ProviderGrouping;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

/** The fleet provider summary. */
@Path("/api/fleet/v1/providers/summary")
@Produces(MediaType.APPLICATION_JSON)
public class ProviderSummaryResource {

    private static final Set<String> OPTIONS = Set.of("node", "tag", "by_pool", "limit");

    private final ProviderSummaryService summaries;

    public ProviderSummaryResource(ProviderSummaryService summaries) {
        this.summaries = summaries;
    }

    @GET
    @Operation(summary = "Provider summary of the fleet",
            description = "kcli's provider-summary over every selected node: each node's /metrics is streamed and "
                    + "only its provider figures kept; a node that fails is listed in coverage.failed and counted "
                    + "nowhere. Readings are shared by concurrent provider summaries (both groupings) and reused for "
                    + "kumo.fleet.summary-cache; a node being read for a queue summary is read once that ends.")
    public Uni<ProviderSummaryReport> summary(
            @Context UriInfo uri,
            @Parameter(description = "Node name (repeatable)") @RestQuery List<String> node,
            @Parameter(description = "Tag (repeatable); selects nodes carrying any of the tags") @RestQuery
                    List<String> tag,
            @Parameter(description = "One row per provider and egress pool",
                    schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false")) @RestQuery("by_pool")
                    String byPool,
            @Parameter(description = "Rows",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "10000", defaultValue = "100"))
                    @RestQuery String limit) {
        QueryOptions options = QueryOptions.of(uri, OPTIONS);
        return summaries.summarize(new ProviderSummaryQuery(new Target(node, tag),
                options.flag("by_pool", byPool) ? ProviderGrouping.BY_POOL : ProviderGrouping.BY_PROVIDER,
                options.number("limit", limit, QueueSummaryQuery.DEFAULT_LIMIT)));
    }
}
