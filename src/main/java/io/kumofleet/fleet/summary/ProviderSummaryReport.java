package io.kumofleet.fleet.summary;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The fleet provider summary: kcli's provider-summary over every reporting node. */
@Schema(description = "kcli's provider-summary over the fleet: providers (or providers and pools) summed over the "
        + "reporting nodes, with each node's own figures, by volume (D + T + F + Q) descending")
public record ProviderSummaryReport(
        Coverage coverage,
        @Schema(description = "provider, or pool with by_pool", enumeration = {"provider", "pool"}) String grouping,
        @Schema(description = "Every row added up (not only the rows shown)") ProviderTotal total,
        @Schema(description = "The rows, at most limit of them") List<ProviderRow> rows) {

    /** What every row adds up to. */
    @Schema(description = "Every row added up")
    public record ProviderTotal(
            @Schema(description = "How many rows (providers, or provider and pool pairs)") int rows,
            long delivered, long transfail, long fail, long connections, long queued) {}

    /** One provider, or one provider and pool, summed over the nodes. */
    @Schema(description = "One provider (and pool, with by_pool) summed over the nodes that report it")
    public record ProviderRow(
            @Schema(description = "The provider: the egress path's provider_name, else the MX site name") String provider,
            @Schema(description = "The egress pool (by_pool only)", nullable = true) String pool,
            @Schema(description = "Messages delivered (D)") long delivered,
            @Schema(description = "Transient failures (T)") long transfail,
            @Schema(description = "Permanent failures (F)") long fail,
            @Schema(description = "Open connections (C)") long connections,
            @Schema(description = "Messages queued, scheduled and ready (Q)") long queued,
            @Schema(description = "Each reporting node's own figures, by node name") Map<String, ProviderFigures> byNode) {}

    /** One node's figures for one row. */
    @Schema(description = "One node's figures for a provider row")
    public record ProviderFigures(long delivered, long transfail, long fail, long connections, long queued) {}
}
