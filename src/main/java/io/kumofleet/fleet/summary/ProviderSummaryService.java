package io.kumofleet.fleet.summary;

import io.kumofleet.fanout.FleetNode;
import io.kumofleet.fleet.NodeInventory;
import io.kumofleet.metrics.ProviderCounts;
import io.kumofleet.metrics.ProviderGrouping;
import io.kumofleet.metrics.ProviderSummary;
import io.kumofleet.metrics.ProviderTable;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The fleet provider summary: every selected node's reading added up as kcli's provider-summary adds up one node's. */
@ApplicationScoped
public class ProviderSummaryService {

    private final NodeInventory inventory;
    private final NodeReadings readings;

    public ProviderSummaryService(NodeInventory inventory, NodeReadings readings) {
        this.inventory = inventory;
        this.readings = readings;
    }

    /** The summary of the nodes {@code query} selects. */
    public Uni<ProviderSummaryReport> summarize(ProviderSummaryQuery query) {
        List<FleetNode> nodes = inventory.select(query.target());
        return readings.read(nodes, ReadingKind.PROVIDERS)
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(result -> {
                    ProviderSummary summary = new ProviderSummary(query.grouping(), false);
                    result.successes().forEach(ok ->
                            summary.include(ok.node(), ok.value().metrics().providers(query.grouping())));
                    ProviderTable table = summary.table(query.limit());
                    ProviderCounts t = table.total();
                    return new ProviderSummaryReport(Coverage.of(result),
                            query.grouping() == ProviderGrouping.BY_POOL ? "pool" : "provider",
                            new ProviderSummaryReport.ProviderTotal(table.size(), t.delivered(), t.transfail(),
                                    t.fail(), t.connections(), t.queued()),
                            table.rows().stream().map(ProviderSummaryService::row).toList());
                });
    }

    private static ProviderSummaryReport.ProviderRow row(io.kumofleet.metrics.ProviderRow row) {
        Map<String, ProviderSummaryReport.ProviderFigures> byNode = new LinkedHashMap<>();
        row.byNode().forEach((node, c) -> byNode.put(node, figures(c)));
        ProviderCounts t = row.total();
        return new ProviderSummaryReport.ProviderRow(row.provider(), row.pool(), t.delivered(), t.transfail(), t.fail(),
                t.connections(), t.queued(), byNode);
    }

    private static ProviderSummaryReport.ProviderFigures figures(ProviderCounts c) {
        return new ProviderSummaryReport.ProviderFigures(c.delivered(), c.transfail(), c.fail(), c.connections(),
                c.queued());
    }
}
