package io.kumofleet.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumofleet.cli.kcli.format.QueueSummaryTable;
import io.kumofleet.kumod.ReadyQueueColumns;
import io.kumofleet.kumod.ScheduledQueueName;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class QueueSummaryTest {

    private static final String GMAIL = "(alt1|alt2|alt3|alt4)?.gmail-smtp-in.l.google.com";
    private static final String LUA_QUEUE =
            "unspecified->http://127.0.0.1:8008.tsa.kumomta@lua:make.http://127.0.0.1:8008.tsa.kumomta";
    private static final List<QueueRule> BOUNCES = List.of(new QueueRule(null, "tenant", null, "purge tenant"));
    private static final List<QueueRule> SUSPENSIONS = List.of(new QueueRule(null, null, "example.com", "slow down"),
            new QueueRule(null, "tenant", null, "never shown: the bounce wins"));

    @Test
    void theRealSampleHasNoQueuesAndPrintsKcliHeaders() {
        QueueSummary summary = summaryOf(Map.of("local", Fixtures.bytes("sample-metrics.txt")));
        List<ReadyQueueRow> ready = summary.readyRows(SummaryOrder.BY_NAME, QueueSummary.UNLIMITED);
        List<ScheduledQueueRow> scheduled = summary.scheduledRows(SummaryOrder.BY_NAME, QueueSummary.UNLIMITED);
        // connection_count{service="esmtp_listener"} has no ':' so it is not a ready queue.
        assertThat(ready).isEmpty();
        assertThat(scheduled).isEmpty();
        assertThat(QueueSummaryTable.render(ready, scheduled)).isEqualTo(Fixtures.text("sample-queue-summary.golden.txt"));
    }

    @Test
    void busyPayloadGivesKcliRowsAndTable() {
        QueueSummary summary = summaryOf(Map.of("local", Fixtures.bytes("busy-metrics.txt")));
        List<ReadyQueueRow> ready = summary.readyRows(SummaryOrder.BY_NAME, QueueSummary.UNLIMITED);
        assertThat(ready).extracting(ReadyQueueRow::name).containsExactly(
                "mysrc->" + GMAIL + "@smtp_client",
                "mysrc->mx_list:a.example.com,b.example.com@smtp_client",
                "mysrc->yahoo.com@smtp_client",
                "src2->" + GMAIL + "@smtp_client",
                "unspecified->example.com@maildir:/var/spool/mail",
                "unspecified->http://10.0.0.2:8000/@xfer",
                LUA_QUEUE);
        assertThat(ready.get(0).total()).isEqualTo(new ReadyCounts(1142, 3, 4, 1200));
        assertThat(ready.get(0).columns()).isEqualTo(new ReadyQueueColumns(GMAIL, "mysrc", "smtp_client"));
        assertThat(ready.get(5).columns()).isEqualTo(new ReadyQueueColumns("http://10.0.0.2:8000/@xfer", "unspecified", null));
        assertThat(ready.get(6).columns().protocol()).isEqualTo("lua:make.http://127.0.0.1:8008.tsa.kumomta");
        assertThat(ready.get(0).byNode()).containsExactly(Map.entry("local", new ReadyCounts(1142, 3, 4, 1200)));

        List<ScheduledQueueRow> scheduled = summary.scheduledRows(SummaryOrder.BY_NAME, QueueSummary.UNLIMITED);
        assertThat(scheduled).extracting(ScheduledQueueRow::name).containsExactly(
                "campaign:tenant@example.com!routing.com:2025", "example.com", "Example.org",
                "http://10.0.0.2:8000/.xfer.kumomta.internal", "q2.example.com", "q10.example.com", "tenant@example.com");
        assertThat(scheduled.get(0).components())
                .isEqualTo(new ScheduledQueueName("campaign", "tenant", "example.com", "routing.com:2025"));

        assertThat(render(ready, scheduled)).isEqualTo(Fixtures.text("busy-queue-summary.golden.txt"));
    }

    @Test
    void byVolumeWithLimitKeepsTheBiggestAndBreaksTiesByNaturalName() {
        QueueSummary summary = summaryOf(Map.of("local", Fixtures.bytes("busy-metrics.txt")));
        List<ReadyQueueRow> ready = summary.readyRows(SummaryOrder.BY_VOLUME, 3);
        List<ScheduledQueueRow> scheduled = summary.scheduledRows(SummaryOrder.BY_VOLUME, 3);
        assertThat(render(ready, scheduled)).isEqualTo(Fixtures.text("busy-queue-summary-by-volume-limit-3.golden.txt"));

        assertThat(summary.scheduledRows(SummaryOrder.BY_VOLUME, QueueSummary.UNLIMITED))
                .extracting(ScheduledQueueRow::name).containsExactly("tenant@example.com",
                        "campaign:tenant@example.com!routing.com:2025", "example.com", "Example.org",
                        "q2.example.com", "q10.example.com", "http://10.0.0.2:8000/.xfer.kumomta.internal");
        assertThat(summary.readyRows(SummaryOrder.BY_NAME, 0)).isEmpty();
    }

    @Test
    void volumeTiesFollowNaturalOrder() {
        QueueSummary summary = summaryOf(Map.of("n", payload(List.of(
                "ready_count{service=\"smtp_client:s->q10.com@smtp_client\"} 5",
                "ready_count{service=\"smtp_client:s->Q3.com@smtp_client\"} 5",
                "ready_count{service=\"smtp_client:s->q2.com@smtp_client\"} 5",
                "ready_count{service=\"smtp_client:s->big.com@smtp_client\"} 6",
                "total_messages_delivered{service=\"smtp_client:s->q2.com@smtp_client\"} 0"), List.of())));
        assertThat(summary.readyRows(SummaryOrder.BY_VOLUME, QueueSummary.UNLIMITED)).extracting(ReadyQueueRow::name)
                .containsExactly("s->big.com@smtp_client", "s->q2.com@smtp_client", "s->Q3.com@smtp_client",
                        "s->q10.com@smtp_client");
    }

    @Test
    void filterAppliesBeforeTheLimitLikeKcliDomain() {
        QueueSummary summary = summaryOf(Map.of("local", Fixtures.bytes("busy-metrics.txt")));
        assertThat(summary.scheduledRows(SummaryOrder.BY_VOLUME, 2, name -> name.contains(".example.com")))
                .extracting(ScheduledQueueRow::name).containsExactly("q2.example.com", "q10.example.com");
        assertThat(summary.readyRows(SummaryOrder.BY_NAME, 1, name -> name.startsWith("src2->")))
                .extracting(ReadyQueueRow::name).containsExactly("src2->" + GMAIL + "@smtp_client");
    }

    @Test
    void chunkBoundariesDoNotChangeTheRows() {
        byte[] payload = Fixtures.bytes("busy-metrics.txt");
        String expected = render(summaryOf(Map.of("n", payload)));
        Random random = new Random(11);
        for (int round = 0; round < 30; round++) {
            QueueSummary summary = new QueueSummary();
            PrometheusTextParser parser = summary.node("n").parser();
            for (int at = 0; at < payload.length; ) {
                int len = Math.min(payload.length - at, 1 + random.nextInt(round % 3 == 0 ? 3 : 300));
                parser.feed(payload, at, len);
                at += len;
            }
            parser.finish();
            assertThat(render(summary)).isEqualTo(expected);
        }
    }

    @Test
    void mergingNodesAddsUpExactlyAndKeepsEachNodesFigures() {
        Random random = new Random(5);
        Map<String, Map<String, long[]>> readyByNode = new LinkedHashMap<>();
        Map<String, Map<String, Long>> schedByNode = new LinkedHashMap<>();
        Map<String, byte[]> payloads = new LinkedHashMap<>();
        String[] metrics = {"total_messages_delivered", "total_messages_transfail", "connection_count", "ready_count"};
        for (String node : List.of("node-a", "node-b", "node-c")) {
            Map<String, long[]> ready = new HashMap<>();
            Map<String, Long> sched = new HashMap<>();
            List<String> readyLines = new ArrayList<>();
            List<String> schedLines = new ArrayList<>();
            for (int q = 0; q < 40; q++) {
                if (random.nextInt(3) == 0) {
                    continue;
                }
                String queue = "src" + (q % 3) + "->mx" + q + ".example.com@smtp_client";
                long[] counts = new long[4];
                for (int m = 0; m < 4; m++) {
                    counts[m] = random.nextInt(5) == 0 ? 0 : 1 + random.nextInt(5_000_000);
                    readyLines.add(metrics[m] + "{service=\"smtp_client:" + queue + "\"} " + counts[m]);
                }
                ready.put(queue, counts);
                String scheduled = "tenant" + (q % 4) + "@d" + q + ".example.com";
                long count = random.nextInt(1000);
                schedLines.add("scheduled_count{queue=\"" + scheduled + "\"} " + count);
                sched.put(scheduled, count);
            }
            readyByNode.put(node, ready);
            schedByNode.put(node, sched);
            payloads.put(node, payload(readyLines, schedLines));
        }
        QueueSummary summary = summaryOf(payloads);
        assertThat(summary.nodes()).containsExactly("node-a", "node-b", "node-c");

        List<ReadyQueueRow> rows = summary.readyRows(SummaryOrder.BY_NAME, QueueSummary.UNLIMITED);
        long expectedRows = readyByNode.values().stream().flatMap(m -> m.keySet().stream()).distinct().count();
        assertThat(rows).hasSize((int) expectedRows);
        boolean sawOverlap = false;
        for (ReadyQueueRow row : rows) {
            long[] sum = new long[4];
            Map<String, ReadyCounts> expectedByNode = new LinkedHashMap<>();
            readyByNode.forEach((node, queues) -> {
                long[] c = queues.get(row.name());
                if (c != null) {
                    expectedByNode.put(node, new ReadyCounts(c[0], c[1], c[2], c[3]));
                    for (int m = 0; m < 4; m++) {
                        sum[m] += c[m];
                    }
                }
            });
            sawOverlap |= expectedByNode.size() > 1;
            assertThat(row.byNode()).containsExactlyEntriesOf(expectedByNode);
            assertThat(row.total()).isEqualTo(new ReadyCounts(sum[0], sum[1], sum[2], sum[3]));
        }
        assertThat(sawOverlap).isTrue();

        for (ScheduledQueueRow row : summary.scheduledRows(SummaryOrder.BY_VOLUME, QueueSummary.UNLIMITED)) {
            Map<String, Long> expectedByNode = new LinkedHashMap<>();
            schedByNode.forEach((node, queues) -> {
                if (queues.containsKey(row.name())) {
                    expectedByNode.put(node, queues.get(row.name()));
                }
            });
            assertThat(row.byNode()).containsExactlyEntriesOf(expectedByNode);
            assertThat(row.count()).isEqualTo(expectedByNode.values().stream().mapToLong(Long::longValue).sum());
        }

        assertThat(summary.discard("node-b")).isTrue();
        for (ReadyQueueRow row : summary.readyRows(SummaryOrder.BY_NAME, QueueSummary.UNLIMITED)) {
            assertThat(row.byNode()).doesNotContainKey("node-b").isNotEmpty();
        }
    }

    @Test
    void samplesOfOneQueueUnderTwoProtocolPrefixesAreSummedLikeKcli() {
        QueueSummary summary = summaryOf(Map.of("n", payload(List.of(
                "total_messages_delivered{service=\"smtp_client:s->x.com@smtp_client\"} 2",
                "total_messages_delivered{service=\"other:s->x.com@smtp_client\"} 3",
                "total_messages_delivered{service=\"smtp_client\"} 99",
                "ready_count{service=\"smtp_client:s->x.com@smtp_client\", extra=\"a=b, c}\"} 1.9"), List.of())));
        assertThat(summary.readyRows(SummaryOrder.BY_NAME, QueueSummary.UNLIMITED)).singleElement()
                .satisfies(row -> assertThat(row.total()).isEqualTo(new ReadyCounts(5, 0, 0, 1)));
    }

    @Test
    void keepsNonAsciiQueueNamesAndRejectsInvalidUtf8() {
        QueueSummary summary = summaryOf(Map.of("n", payload(List.of(), List.of(
                "scheduled_count{queue=\"t@b\u00fccher.example\"} 2", "scheduled_count{queue=\"t@a.example\"} 1"))));
        assertThat(summary.scheduledRows(SummaryOrder.BY_NAME, QueueSummary.UNLIMITED))
                .extracting(ScheduledQueueRow::name).containsExactly("t@a.example", "t@b\u00fccher.example");

        byte[] bad = "# TYPE ready_count gauge\nready_count{service=\"smtp_client:\u00ff\"} 1\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> summaryOf(Map.of("n", bad)))
                .isInstanceOfSatisfying(MetricsFormatException.class, e -> {
                    assertThat(e.lineNumber()).isEqualTo(2);
                    assertThat(e.reason()).isEqualTo("label value is not valid UTF-8");
                });
    }

    @Test
    void aNodeFigureLookupFindsWhatTheNodeReported() {
        QueueSummary summary = summaryOf(Map.of("local", Fixtures.bytes("busy-metrics.txt")));
        QueueFigures figures = summary.node("local");
        assertThat(figures.readyQueueCount()).isEqualTo(7);
        assertThat(figures.scheduledQueueCount()).isEqualTo(7);
        assertThat(figures.ready("src2->" + GMAIL + "@smtp_client")).isEqualTo(new ReadyCounts(20, 0, 1, 5));
        assertThat(figures.scheduled("tenant@example.com")).isEqualTo(1500L);
        assertThat(figures.ready("nope")).isNull();
        assertThat(figures.scheduled("nope")).isNull();
    }

    private static String render(List<ReadyQueueRow> ready, List<ScheduledQueueRow> scheduled) {
        Instant since = Instant.parse("2026-06-19T13:42:17.123Z");
        Function<ReadyQueueRow, List<String>> readyStatus = row -> {
            if (row.name().startsWith("mysrc->(alt1")) {
                return List.of(KcliStatus.suspended("maintenance"),
                        KcliStatus.readyQueueState("connection_limited", "10 connections", since));
            }
            if (row.name().equals(LUA_QUEUE)) {
                return List.of(KcliStatus.readyQueueState("too_many_recipients", "waiting",
                        Instant.parse("2026-06-19T13:42:17Z")));
            }
            return List.of();
        };
        return QueueSummaryTable.render(ready, readyStatus, scheduled,
                row -> KcliStatus.scheduledQueue(row.components(), BOUNCES, SUSPENSIONS));
    }

    private static String render(QueueSummary summary) {
        return QueueSummaryTable.render(summary.readyRows(SummaryOrder.BY_NAME, QueueSummary.UNLIMITED),
                summary.scheduledRows(SummaryOrder.BY_NAME, QueueSummary.UNLIMITED));
    }

    static QueueSummary summaryOf(Map<String, byte[]> payloads) {
        QueueSummary summary = new QueueSummary();
        payloads.forEach((node, payload) -> {
            PrometheusTextParser parser = summary.node(node).parser();
            parser.feed(payload);
            parser.finish();
        });
        return summary;
    }

    private static byte[] payload(List<String> readyLines, List<String> scheduledLines) {
        StringBuilder out = new StringBuilder("# HELP ready_count r\n# TYPE ready_count gauge\n");
        readyLines.forEach(l -> out.append(l).append('\n'));
        out.append("# TYPE scheduled_count gauge\n");
        scheduledLines.forEach(l -> out.append(l).append('\n'));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
