package io.kumofleet.cli.kcli.format;

import io.kumofleet.metrics.ProviderCounts;
import io.kumofleet.metrics.ProviderGrouping;
import io.kumofleet.metrics.ProviderRow;
import io.kumofleet.text.Column;
import io.kumofleet.text.NaturalOrder;
import io.kumofleet.text.TextTable;
import io.kumofleet.text.Thousands;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * kcli's provider-summary output: {@code PROVIDER [POOL] D T F C Q}, plus a {@code DOMAINS} column
 * when the caller resolved any scheduled-queue domain to a site ({@code --show-domains}).
 */
public final class ProviderSummaryTable {

    private ProviderSummaryTable() {}

    /** The table without a DOMAINS column. */
    public static String render(List<ProviderRow> rows, ProviderGrouping grouping) {
        return render(rows, grouping, Map.of());
    }

    /**
     * The table; {@code domainsBySite} maps MX site names to the domains that resolved to them,
     * and a row whose provider is such a site gets them, sorted and deduplicated as kcli's
     * {@code BTreeSet}, in its DOMAINS cell.
     */
    public static String render(List<ProviderRow> rows, ProviderGrouping grouping,
            Map<String, ? extends Collection<String>> domainsBySite) {
        List<Column> columns = new ArrayList<>();
        columns.add(Column.left("PROVIDER"));
        if (grouping == ProviderGrouping.BY_POOL) {
            columns.add(Column.left("POOL"));
        }
        for (String name : List.of("D", "T", "F", "C", "Q")) {
            columns.add(Column.right(name));
        }
        if (!domainsBySite.isEmpty()) {
            columns.add(Column.left("DOMAINS"));
        }
        List<List<String>> lines = new ArrayList<>(rows.size());
        for (ProviderRow row : rows) {
            List<String> line = new ArrayList<>(8);
            line.add(row.provider());
            if (grouping == ProviderGrouping.BY_POOL) {
                line.add(row.pool());
            }
            ProviderCounts n = row.total();
            line.add(Thousands.format(n.delivered()));
            line.add(Thousands.format(n.transfail()));
            line.add(Thousands.format(n.fail()));
            line.add(Thousands.format(n.connections()));
            line.add(Thousands.format(n.queued()));
            Collection<String> domains = domainsBySite.get(row.provider());
            if (domains != null) {
                Set<String> sorted = new TreeSet<>(NaturalOrder::compareCodePoints);
                sorted.addAll(domains);
                line.add(String.join(", ", sorted));
            }
            lines.add(line);
        }
        return TextTable.render(columns, lines);
    }
}
