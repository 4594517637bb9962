package io.kumofleet.rest;

import io.kumofleet.fanout.Target;
import io.kumofleet.fleet.summary.QueueSummaryQuery;
import io.kumofleet.fleet.summary.QueueSummaryReport;
import io.kumofleet.fleet.summary.QueueSummaryService;
import io.kumofleet.metrics.SummaryOrder;
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

/** The fleet queue summary. */
@Path("/api/fleet/v1/queues/summary")
@Produces(MediaType.APPLICATION_JSON)
public class QueueSummaryResource {

    private static final Set<String> OPTIONS = Set.of("node", "tag", "by_volume", "limit", "domain");

    private final QueueSummaryService summaries;

    public QueueSummaryResource(QueueSummaryService summaries) {
        this.summaries = summaries;
    }

    @GET
    @Operation(summary = "Queue summary of the fleet",
            description = "kcli's queue-summary over every selected node: each node's /metrics is streamed and parsed "
                    + "as it arrives, ready and scheduled queues are summed over the nodes with each node's own "
                    + "figures, and annotated with every node's bounces, suspensions and ready-queue states. A node "
                    + "that fails, times out or sends garbage is listed in coverage.failed and counted nowhere. "
                    + "Readings are shared by concurrent queue summaries and reused for kumo.fleet.summary-cache; a "
                    + "node being read for a provider summary is read once that ends.")
    public Uni<QueueSummaryReport> summary(
            @Context UriInfo uri,
            @Parameter(description = "Node name (repeatable)") @RestQuery List<String> node,
            @Parameter(description = "Tag (repeatable); selects nodes carrying any of the tags") @RestQuery
                    List<String> tag,
            @Parameter(description = "Order by volume (D+T+C+Q, scheduled by count) descending instead of by name",
                    schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false")) @RestQuery("by_volume")
                    String byVolume,
            @Parameter(description = "Rows per table",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "10000", defaultValue = "100"))
                    @RestQuery String limit,
            @Parameter(description = "Only the ready queues of this domain's site (from its MX records, as kumod "
                    + "names sites) and the scheduled queues whose domain resolves to that site")
                    @RestQuery String domain) {
        QueryOptions options = QueryOptions.of(uri, OPTIONS);
        QueueSummaryQuery query = new QueueSummaryQuery(new Target(node, tag),
                options.flag("by_volume", byVolume) ? SummaryOrder.BY_VOLUME : SummaryOrder.BY_NAME,
                options.number("limit", limit, QueueSummaryQuery.DEFAULT_LIMIT),
                options.text("domain", domain));
        return summaries.summarize(query);
    }
}
