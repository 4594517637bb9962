package io.kumofleet.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kumofleet.cli.kcli.format.ProviderSummaryTable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProviderSummaryTest {

    private static final String MX_LIST = "mx_list:a.example.com,b.example.com";

    @Test
    void theRealSampleHasNoProviders() {
        ProviderSummary summary = summaryOf(ProviderGrouping.BY_PROVIDER, false, Map.of("local", Fixtures.bytes("sample-metrics.txt")));
        assertThat(summary.rows(ProviderSummary.UNLIMITED)).isEmpty();
        assertThat(ProviderSummaryTable.render(summary.rows(ProviderSummary.UNLIMITED), ProviderGrouping.BY_PROVIDER))
                .isEqualTo(Fixtures.text("sample-provider-summary.golden.txt"));
    }

    @Test
    void byProviderOrdersByVolumeWithoutConnectionsThenName() {
        ProviderSummary summary = summaryOf(ProviderGrouping.BY_PROVIDER, false, Map.of("local", Fixtures.bytes("busy-metrics.txt")));
        List<ProviderRow> rows = summary.rows(ProviderSummary.UNLIMITED);
        assertThat(rows).extracting(ProviderRow::provider).containsExactly("gmail", MX_LIST, "outlook", "yahoo.com");
        assertThat(rows.get(0)).isEqualTo(new ProviderRow("gmail", null, new ProviderCounts(1177, 3, 2, 5, 1205),
                Map.of("local", new ProviderCounts(1177, 3, 2, 5, 1205))));
        assertThat(ProviderSummaryTable.render(rows, ProviderGrouping.BY_PROVIDER))
                .isEqualTo(Fixtures.text("busy-provider-summary.golden.txt"));
        assertThat(summary.rows(2)).extracting(ProviderRow::provider).containsExactly("gmail", MX_LIST);
    }

    @Test
    void byPoolSumsSourcesAndOrdersPoolsNaturally() {
        ProviderSummary summary = summaryOf(ProviderGrouping.BY_POOL, false, Map.of("local", Fixtures.bytes("busy-metrics.txt")));
        List<ProviderRow> rows = summary.rows(ProviderSummary.UNLIMITED);
        assertThat(rows).extracting(r -> r.provider() + "/" + r.pool()).containsExactly("gmail/pool-a", "gmail/pool-9",
                "gmail/pool-10", MX_LIST + "/pool-a", "outlook/pool-9", "yahoo.com/pool-a");
        assertThat(rows.get(0).total()).isEqualTo(new ProviderCounts(1162, 3, 2, 4, 1200));
        assertThat(ProviderSummaryTable.render(rows, ProviderGrouping.BY_POOL))
                .isEqualTo(Fixtures.text("busy-provider-summary-by-pool.golden.txt"));
    }

    @Test
    void collectsScheduledDomainsAndShowsThemForSites() {
        ProviderSummary summary = summaryOf(ProviderGrouping.BY_PROVIDER, true, Map.of("local", Fixtures.bytes("busy-metrics.txt")));
        assertThat(summary.scheduledDomains()).containsExactly("routing.com:2025", "example.com", "q10.example.com",
                "q2.example.com", "Example.org", "http://10.0.0.2:8000/.xfer.kumomta.internal");
        String table = ProviderSummaryTable.render(summary.rows(ProviderSummary.UNLIMITED), ProviderGrouping.BY_PROVIDER,
                Map.of("yahoo.com", Set.of("yahoo.com", "ymail.com"), "nobody", Set.of("x.com")));
        assertThat(table).isEqualTo(""
                + "PROVIDER                                D T F C     Q DOMAINS             \n"
                + "gmail                               1,177 3 2 5 1,205\n"
                + "mx_list:a.example.com,b.example.com     7 1 0 0     0\n"
                + "outlook                                 4 0 0 9     0\n"
                + "yahoo.com                               0 0 4 0     0 yahoo.com, ymail.com\n");
        ProviderSummary without = summaryOf(ProviderGrouping.BY_PROVIDER, false, Map.of("local", Fixtures.bytes("busy-metrics.txt")));
        assertThat(without.scheduledDomains()).isEmpty();
    }

    @Test
    void mergesNodesKeepingTheirFigures() {
        String a = "# TYPE total_messages_delivered_by_provider counter\n"
                + "total_messages_delivered_by_provider{provider=\"gmail\"} 10\n"
                + "total_messages_delivered_by_provider{provider=\"yahoo\"} 1\n"
                + "# TYPE queued_count_by_provider gauge\nqueued_count_by_provider{provider=\"gmail\"} 5\n";
        String b = "# TYPE total_messages_delivered_by_provider counter\n"
                + "total_messages_delivered_by_provider{provider=\"gmail\"} 7\n"
                + "# TYPE connection_count_by_provider gauge\nconnection_count_by_provider{provider=\"yahoo\"} 100\n";
        ProviderSummary summary = summaryOf(ProviderGrouping.BY_PROVIDER, false, Map.of(
                "a", a.getBytes(StandardCharsets.UTF_8), "b", b.getBytes(StandardCharsets.UTF_8)));
        List<ProviderRow> rows = summary.rows(ProviderSummary.UNLIMITED);
        assertThat(rows).extracting(ProviderRow::provider).containsExactly("gmail", "yahoo");
        assertThat(rows.get(0).total()).isEqualTo(new ProviderCounts(17, 0, 0, 0, 5));
        assertThat(rows.get(0).byNode()).containsOnly(Map.entry("a", new ProviderCounts(10, 0, 0, 0, 5)),
                Map.entry("b", new ProviderCounts(7, 0, 0, 0, 0)));
        assertThat(rows.get(1).total()).isEqualTo(new ProviderCounts(1, 0, 0, 100, 0));
    }

    @Test
    void aMissingProviderOrPoolLabelIsAnErrorWhereKcliWouldPanic() {
        String noPool = "# TYPE connection_count_by_provider_and_pool gauge\n"
                + "connection_count_by_provider_and_pool{provider=\"gmail\"} 4\n";
        assertThatThrownBy(() -> summaryOf(ProviderGrouping.BY_POOL, false,
                Map.of("n", noPool.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(MetricsFormatException.class, e -> {
                    assertThat(e.lineNumber()).isEqualTo(2);
                    assertThat(e.reason()).isEqualTo("missing label pool");
                });
        String noProvider = "# TYPE queued_count_by_provider gauge\nqueued_count_by_provider 4\n";
        assertThatThrownBy(() -> summaryOf(ProviderGrouping.BY_PROVIDER, false,
                Map.of("n", noProvider.getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("line 2: missing label provider");
    }

    static ProviderSummary summaryOf(ProviderGrouping grouping, boolean domains, Map<String, byte[]> payloads) {
        ProviderSummary summary = new ProviderSummary(grouping, domains);
        payloads.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            PrometheusTextParser parser = summary.node(e.getKey()).parser();
            parser.feed(e.getValue());
            parser.finish();
        });
        return summary;
    }
}
