package io.kumofleet.cli.kcli;

import static io.kumofleet.support.KumodSamples.JSON;
import static io.kumofleet.support.KumodSamples.OTHER_ID;
import static io.kumofleet.support.KumodSamples.RULE_ID;
import static io.kumofleet.support.KumodSamples.TEXT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kumofleet.support.FakeKumod;
import io.kumofleet.support.StubMxResolver;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * queue-summary and provider-summary against a node answering fixed lists and a fixed {@code /metrics}
 * (src/test/resources/kumomta): the exact tables kcli prints, worked out by hand from kcli's source
 * (see the README there), the requests kcli makes, and its failures.
 */
@QuarkusTest
class KcliSummaryTablesTest extends FakeNodeKcliTest {

    private static final String GMAIL = "(alt1|alt2|alt3|alt4)?.gmail-smtp-in.l.google.com";
    private static final String LUA_QUEUE =
            "unspecified->http://127.0.0.1:8008.tsa.kumomta@lua:make.http://127.0.0.1:8008.tsa.kumomta";
    private static final String SUSPENSIONS = "[{\"id\":\"" + RULE_ID + "\",\"campaign\":null,\"tenant\":null,"
            + "\"domain\":\"example.com\",\"reason\":\"slow down\",\"duration\":\"1h\"},"
            + "{\"id\":\"" + OTHER_ID + "\",\"campaign\":null,\"tenant\":\"tenant\",\"domain\":null,"
            + "\"reason\":\"never shown: the bounce wins\",\"duration\":\"1h\"}]";
    private static final String BOUNCES = "[{\"id\":\"" + RULE_ID + "\",\"campaign\":null,\"tenant\":\"tenant\","
            + "\"domain\":null,\"routing_domain\":null,\"reason\":\"purge tenant\",\"duration\":\"4m\","
            + "\"bounced\":{},\"total_bounced\":0}]";
    private static final String READY_SUSPENSIONS = "[{\"id\":\"" + RULE_ID + "\",\"name\":\"mysrc->" + GMAIL
            + "@smtp_client\",\"reason\":\"maintenance\",\"duration\":\"4m\",\"expires\":\"2026-06-19T13:46:17Z\"},"
            + "{\"id\":\"" + OTHER_ID + "\",\"name\":\"mysrc->" + GMAIL + "@smtp_client\",\"reason\":\"second, not shown\","
            + "\"duration\":\"4m\",\"expires\":\"2026-06-19T13:46:17Z\"}]";
    private static final String STATES = "{\"states_by_ready_queue\":{\"mysrc->" + GMAIL + "@smtp_client\":"
            + "{\"connection_limited\":{\"context\":\"10 connections\",\"since\":\"2026-06-19T13:42:17.123Z\"}},"
            + "\"" + LUA_QUEUE + "\":{\"too_many_recipients\":{\"context\":\"waiting\",\"since\":\"2026-06-19T13:42:17Z\"}},"
            + "\"no->such@smtp_client\":{\"connection_limited\":{\"context\":\"gone\",\"since\":\"2026-06-19T13:42:17Z\"}}}}";
    private static final String QUEUE_CALLS = "GET /api/admin/suspend/v1, GET /api/admin/bounce/v1, "
            + "GET /api/admin/suspend-ready-q/v1, GET /api/admin/ready-q-states/v1, GET /metrics";

    @AfterEach
    void clearStubResolver() {
        StubMxResolver.clear();
    }

    private static String golden(String name) {
        try {
            return Files.readString(Path.of("src/test/resources/kumomta", name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The busy node: its rules, states and metrics. */
    private void busy() {
        node.answer("GET", "/api/admin/suspend/v1", 200, JSON, SUSPENSIONS);
        node.answer("GET", "/api/admin/bounce/v1", 200, JSON, BOUNCES);
        node.answer("GET", "/api/admin/suspend-ready-q/v1", 200, JSON, READY_SUSPENSIONS);
        node.answer("GET", "/api/admin/ready-q-states/v1", 200, JSON, STATES);
        node.answer("GET", "/metrics", 200, TEXT, golden("busy-metrics.txt"));
    }

    private String calls() throws InterruptedException {
        List<String> calls = new ArrayList<>();
        while (node.pending() > 0) {
            FakeKumod.Request request = node.next();
            calls.add(request.method() + " " + request.target());
        }
        return String.join(", ", calls);
    }

    @Test
    void queueSummaryPrintsBothTablesWithKcliStatusColumns() throws Exception {
        busy();
        assertEquals(ok(golden("busy-queue-summary.golden.txt")), run("queue-summary"));
        assertEquals(QUEUE_CALLS, calls());
    }

    @Test
    void queueSummaryByVolumeWithALimitKeepsTheBiggestOfEachTable() {
        busy();
        assertEquals(ok(golden("busy-queue-summary-by-volume-limit-3.golden.txt")),
                run("queue-summary", "--by-volume", "--limit", "3"));
    }

    @Test
    void kumodsOwnSampleHasNoQueuesSoOnlyTheHeadersArePrinted() {
        node.answer("GET", "/api/admin/suspend/v1", 200, JSON, "[]");
        node.answer("GET", "/api/admin/bounce/v1", 200, JSON, "[]");
        node.answer("GET", "/api/admin/suspend-ready-q/v1", 200, JSON, "[]");
        node.answer("GET", "/api/admin/ready-q-states/v1", 200, JSON, "{\"states_by_ready_queue\":{}}");
        node.answer("GET", "/metrics", 200, TEXT, golden("sample-metrics.txt"));
        assertEquals(ok(golden("sample-queue-summary.golden.txt")), run("queue-summary"));
        assertEquals(ok(golden("sample-provider-summary.golden.txt")), run("provider-summary"));
    }

    @Test
    void domainKeepsTheQueuesOfItsMxSite() throws Exception {
        busy();
        // example.com has no MX, so it is its own site (as the maildir ready queue's); q10.example.com's MX
        // is example.com; the other queue domains do not exist. kcli resolves each scheduled queue's whole
        // name, so tenant@example.com is no domain and is left out, whatever a resolver would say about it.
        StubMxResolver.noMx("example.com");
        StubMxResolver.mx("q10.example.com", "10 example.com.");
        StubMxResolver.mx("tenant@example.com", "10 example.com.");
        String golden = golden("busy-queue-summary-domain.golden.txt");
        assertEquals(ok(golden), run("queue-summary", "--domain", "example.com"));
        assertEquals(QUEUE_CALLS, calls());

        // --limit applies after the domain chose the queues.
        assertEquals(ok(golden.substring(0, golden.lastIndexOf("q10.example.com"))),
                run("queue-summary", "--domain", "example.com", "--limit", "1"));
    }

    @Test
    void aDomainThatDoesNotResolveFailsAfterTheNodeWasRead() throws Exception {
        busy();
        assertEquals(new KcliRunner.Result(1, "", "Error: MX lookup for nosuch.example failed: NXDOMAIN\n"),
                run("queue-summary", "--domain", "nosuch.example"));
        assertEquals(QUEUE_CALLS, calls());
        var malformed = run("queue-summary", "--domain", "exa mple.com");
        assertEquals(1, malformed.exitCode());
        assertTrue(malformed.err().startsWith("Error: 'exa mple.com' is not a domain name"), malformed.err());
    }

    @Test
    void providerSummaryByProviderAndByPool() throws Exception {
        busy();
        assertEquals(ok(golden("busy-provider-summary.golden.txt")), run("provider-summary"));
        assertEquals("GET /metrics", calls());
        assertEquals(ok(golden("busy-provider-summary-by-pool.golden.txt")), run("provider-summary", "--by-pool"));
        String byProvider = golden("busy-provider-summary.golden.txt");
        assertEquals(ok(byProvider.substring(0, byProvider.indexOf("outlook"))), run("provider-summary", "--limit", "2"));
    }

    @Test
    void showDomainsListsTheScheduledDomainsOfEachSite() {
        busy();
        StubMxResolver.noMx("example.com");
        StubMxResolver.mx("q2.example.com", "10 yahoo.com.");
        StubMxResolver.mx("q10.example.com", "10 yahoo.com.");
        assertEquals(ok(golden("busy-provider-summary-show-domains.golden.txt")),
                run("provider-summary", "--show-domains"));
        // The column stays when the rows that would fill it are beyond the limit.
        assertEquals(ok(golden("busy-provider-summary-by-pool-show-domains-limit-4.golden.txt")),
                run("provider-summary", "--by-pool", "--show-domains", "--limit", "4"));
        // No scheduled domain resolves: no column.
        StubMxResolver.clear();
        assertEquals(ok(golden("busy-provider-summary.golden.txt")), run("provider-summary", "--show-domains"));
    }

    @Test
    void metricsFailuresAreKcliErrors() {
        node.answer("GET", "/metrics", 500, TEXT, "Error: no metrics today");
        assertEquals(new KcliRunner.Result(1, "",
                "Error: request status 500: Internal Server Error. Response body: Error: no metrics today\n"),
                run("provider-summary"));
        node.answerAnything("GET", "/metrics", 200, TEXT, "# TYPE connection_count summary\n");
        assertEquals(new KcliRunner.Result(1, "",
                "Error: /metrics line 1: unknown metric type: # TYPE connection_count summary\n"),
                run("provider-summary", "--by-pool"));
    }

    @Test
    void metricsMustArriveWithinKcliTotalTimeout() {
        node.silent("GET", "/metrics");
        assertEquals(new KcliRunner.Result(1, "", "Error: error sending request for url (" + node.url() + "/metrics)\n\n"
                + "Caused by:\n    operation timed out\n"), run("provider-summary"));
        // A body that starts and then stalls: reqwest's body error, which names no URL.
        node.stallAfter("GET", "/metrics", TEXT, "# TYPE connection_count_by_provider gauge\n");
        assertEquals(new KcliRunner.Result(1, "", "Error: request or response body error\n\n"
                + "Caused by:\n    operation timed out\n"), run("provider-summary"));
    }

    @Test
    void aListThatFailsStopsQueueSummaryBeforeTheMetrics() throws Exception {
        busy();
        node.answer("GET", "/api/admin/suspend-ready-q/v1", 500, TEXT, "Error: broken");
        assertEquals(new KcliRunner.Result(1, "",
                "Error: request status 500: Internal Server Error. Response body: Error: broken\n"), run("queue-summary"));
        assertEquals("GET /api/admin/suspend/v1, GET /api/admin/bounce/v1, GET /api/admin/suspend-ready-q/v1", calls());
    }

    @Test
    void helpExplainsColumnsOptionsAndWhereMxRecordsComeFrom() {
        var queue = kcli.run("queue-summary", "--help");
        assertEquals(0, queue.exitCode());
        for (String text : List.of("--by-volume", "--domain=<DOMAIN>", "--limit=<LIMIT>", "SITE", "SOURCE", "PROTO",
                "SCHEDULED QUEUE", "COUNT", "suspend-ready-q", "bounce: <reason>", "KUMO_FLEET_DNS_SERVER")) {
            assertTrue(queue.out().contains(text), text + " in:\n" + queue.out());
        }
        var provider = kcli.run("provider-summary", "--help");
        assertEquals(0, provider.exitCode());
        for (String text : List.of("--by-pool", "--show-domains", "--limit=<LIMIT>", "PROVIDER", "POOL", "DOMAINS",
                "D+T+F+Q", "KUMO_FLEET_DNS_SERVER")) {
            assertTrue(provider.out().contains(text), text + " in:\n" + provider.out());
        }
    }

    @Test
    void aLimitMustBeANonNegativeNumber() {
        for (String limit : List.of("-1", "x", "")) {
            var result = run("queue-summary", "--limit", limit);
            assertEquals(2, result.exitCode(), limit);
            assertTrue(result.err().startsWith("error: "), result.err());
        }
        assertEquals(2, run("provider-summary", "--limit", "1.5").exitCode());
        assertEquals(0, node.pending());
    }
}
