package io.kumofleet.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.kumofleet.kumo.CancelOutcome;
import io.kumofleet.kumo.Credentials;
import io.kumofleet.kumo.KumoClientFactory;
import io.kumofleet.kumo.KumoEndpoint;
import io.kumofleet.kumo.KumoHttpException;
import io.kumofleet.kumo.KumoNodeClient;
import io.kumofleet.kumo.wire.AbortReadyQConnV1Request;
import io.kumofleet.kumo.wire.BounceV1ListEntry;
import io.kumofleet.kumo.wire.BounceV1Request;
import io.kumofleet.kumo.wire.InspectMessageV1Response;
import io.kumofleet.kumo.wire.InspectReadyQV1Response;
import io.kumofleet.kumo.wire.RebindV1Request;
import io.kumofleet.kumo.wire.SuspendReadyQueueV1ListEntry;
import io.kumofleet.kumo.wire.SuspendReadyQueueV1Request;
import io.kumofleet.kumo.wire.SuspendV1ListEntry;
import io.kumofleet.kumo.wire.SuspendV1Request;
import io.kumofleet.kumo.wire.XferCancelV1Request;
import io.kumofleet.kumo.wire.XferV1Request;
import io.kumofleet.sim.PrometheusLines;
import io.kumofleet.sim.RequiredCredentials;
import io.kumofleet.sim.SimClock;
import io.kumofleet.sim.SimNodeOptions;
import io.kumofleet.support.HangGuard;
import io.kumofleet.support.SimulatedKumod;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every {@link KumoNodeClient} method against a simulated node through a {@link ValidatingKumodProxy}:
 * each result is asserted and the proxy must find no violation in what the client sent or what the
 * simulator answered; the last test checks that every operation of kumod's document was exchanged.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClientSimulatorContractTest {

    /**
     * Documented operations that need not be exchanged here, each with why. The simulator must not
     * serve them ({@link #allowListedOperationsAreNotServedByTheSimulator}): one it starts serving
     * leaves this list and gets exercised through the proxy.
     */
    private static final Map<String, String> NOT_EXCHANGED = Map.of(
            "POST /api/inject/v1", "message injection by HTTP: kcli and the gateway never call it",
            "POST /api/xfer/inject/v1", "node-to-node transfer, called by the xfer source kumod only",
            "GET /api/admin/memory/stats", "debugging text (not machine-parseable); kcli and the gateway never call it",
            "GET /api/admin/task-dump", "expensive debugging text; kcli and the gateway never call it",
            // The client calls these, but the simulator has no SMTP traffic to trace and does not serve them:
            // tracesAreRefusedBecauseTheSimulatorServesNone pins that; KumoTraceTest covers the client against a fake.
            "GET /api/admin/trace-smtp-client/v1", "the simulator does not serve trace WebSockets",
            "GET /api/admin/trace-smtp-server/v1", "the simulator does not serve trace WebSockets");

    private static final Duration WAIT = HangGuard.LIMIT;
    private static final Instant START = Instant.parse("2026-06-19T13:42:17Z");
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final Set<String> EXCHANGED = ConcurrentHashMap.newKeySet();

    @RegisterExtension
    static final SimulatedKumod KUMOD = SimulatedKumod.behindProxy(() -> SimNodeOptions.defaults("contract")
            .withTickInterval(Duration.ZERO).withClock(new SimClock(START)).withSeed(42), WAIT);

    @Inject
    KumoClientFactory factory;

    private KumoNodeClient client;

    @BeforeEach
    void start() {
        client = clientWith(Credentials.none());
    }

    /** Runs before {@link #KUMOD} stops the proxy and the node. */
    @AfterEach
    void check() {
        factory.close(client);
        List<KumodExchange> exchanges = KUMOD.proxy().exchanges();
        exchanges.stream().filter(KumodExchange::answered).forEach(e -> EXCHANGED.add(e.operation()));
        assertThat(exchanges).allSatisfy(e -> assertThat(e.violations()).as(e.toString()).isEmpty());
    }

    @Test
    void bounceListAndCancel() {
        UUID id = await(client.bounce(new BounceV1Request(null, null, "gmail.com", null, "purge", "10m", null, false, null))).id();
        await(client.bounce(new BounceV1Request(null, null, null, null, "by queue", null, START.plusSeconds(3600), true,
                List.of("yahoo.com"))));

        List<BounceV1ListEntry> list = await(client.bounceList());
        assertThat(list).hasSize(2);
        BounceV1ListEntry gmail = list.stream().filter(e -> id.equals(e.id())).findFirst().orElseThrow();
        assertThat(gmail.domain()).isEqualTo("gmail.com");
        assertThat(gmail.reason()).isEqualTo("purge");
        assertThat(gmail.duration()).isEqualTo("10m");
        assertThat(await(client.bounceCancel(id))).isEqualTo(new CancelOutcome.Removed("removed " + id));
        assertThat(await(client.bounceCancel(id))).isEqualTo(new CancelOutcome.NotFound("bounce entry " + id + " not found"));
    }

    @Test
    void suspendListAndCancel() {
        UUID id = await(client.suspend(new SuspendV1Request(null, "acme", "gmail.com", "pause", "2h", null, null))).id();

        List<SuspendV1ListEntry> list = await(client.suspendList());
        assertThat(list).singleElement().satisfies(e -> {
            assertThat(e.id()).isEqualTo(id);
            assertThat(e.tenant()).isEqualTo("acme");
            assertThat(e.duration()).isEqualTo("2h");
        });
        assertThat(await(client.suspendCancel(id))).isEqualTo(new CancelOutcome.Removed("removed " + id));
        assertThat(await(client.suspendCancel(id))).isEqualTo(new CancelOutcome.NotFound("suspend entry " + id + " not found"));
    }

    @Test
    void suspendReadyQueueListAndCancel() {
        String ready = KUMOD.node().queues().readyQueueOf("gmail.com");
        Instant expires = START.plus(Duration.ofMinutes(30));
        UUID id = await(client.suspendReadyQueue(new SuspendReadyQueueV1Request(ready, "block", null, expires))).id();

        List<SuspendReadyQueueV1ListEntry> list = await(client.suspendReadyQueueList());
        assertThat(list).singleElement().satisfies(e -> {
            assertThat(e.id()).isEqualTo(id);
            assertThat(e.name()).isEqualTo(ready);
            assertThat(e.duration()).isEqualTo("30m");
            assertThat(e.expires()).isEqualTo(expires);
        });
        assertThat(await(client.suspendReadyQueueCancel(id))).isEqualTo(new CancelOutcome.Removed("removed " + id));
        assertThat(await(client.suspendReadyQueueCancel(id)))
                .isEqualTo(new CancelOutcome.NotFound("suspend-ready-q entry " + id + " not found"));
    }

    @Test
    void setDiagnosticLogFilterAndARejectedOne() {
        assertThat(await(client.setDiagnosticLogFilter("kumod=debug,kumo_server_common=info"))).isEmpty();
        assertThat(KUMOD.node().logFilter()).isEqualTo("kumod=debug,kumo_server_common=info");

        assertThatThrownBy(() -> await(client.setDiagnosticLogFilter("kumod=loud")))
                .isInstanceOfSatisfying(KumoHttpException.class, e -> {
                    assertThat(e.status()).isEqualTo(500);
                    assertThat(e.body()).startsWith("Error: parsing log filter 'kumod=loud': ");
                });
        assertThat(KUMOD.node().logFilter()).isEqualTo("kumod=debug,kumo_server_common=info");
    }

    @Test
    void rebindAnswersAnEmptyObject() {
        JsonNode answer = await(client.rebind(new RebindV1Request(null, null, "gmail.com", null, "move", false,
                Map.of("queue", "other.example"), true, false)));

        assertThat(answer).isEqualTo(JsonNodeFactory.instance.objectNode());
    }

    @Test
    void xferAndItsCancels() {
        String target = "http://10.0.0.1:8000/";
        String xferQueue = target + ".xfer.kumomta.internal";
        long yahoo = KUMOD.node().queues().messageCount("yahoo.com");
        assertThat(yahoo).isPositive();

        assertThat(await(client.xfer(new XferV1Request(null, null, "yahoo.com", null, "drain", target, null)))).isEmpty();
        assertThat(KUMOD.node().queues().scheduledCount(xferQueue)).isGreaterThanOrEqualTo(yahoo);

        assertHttpError(() -> await(client.xferCancel(new XferCancelV1Request("yahoo.com", "r"))),
                400, "Error: yahoo.com is not an xfer queue");
        String elsewhere = "http://10.9.9.9:8000/.xfer.kumomta.internal";
        assertHttpError(() -> await(client.xferCancel(new XferCancelV1Request(elsewhere, "r"))),
                404, "Error: " + elsewhere + " is not a current scheduled queue");
        assertThat(await(client.xferCancel(new XferCancelV1Request(xferQueue, "undo")))).isEmpty();
        assertThat(KUMOD.node().queues().scheduledCount(xferQueue)).isEqualTo(-1);
    }

    @Test
    void inspectScheduledQueueAndMessage() {
        long waiting = KUMOD.node().queues().scheduledCount("gmail.com");
        var sample = await(client.inspectScheduledQueue("gmail.com", false, OptionalInt.of(3)));
        assertThat(sample.queueName()).isEqualTo("gmail.com");
        assertThat(sample.numScheduled()).isEqualTo(waiting);
        assertThat(sample.messages()).hasSize((int) Math.min(3, waiting));
        assertThat(await(client.inspectScheduledQueue("gmail.com", true, OptionalInt.empty())).messages())
                .hasSize((int) waiting).allSatisfy(m -> assertThat(m.message().data()).contains("Subject:"));
        assertHttpError(() -> await(client.inspectScheduledQueue("nope.example", false, OptionalInt.empty())),
                404, "Error: no such queue nope.example");

        String id = sample.messages().get(0).id();
        InspectMessageV1Response message = await(client.inspectMessage(id, false));
        assertThat(message.id()).isEqualTo(id);
        assertThat(message.message().data()).isNull();
        assertThat(message.message().recipient().asText()).endsWith("@gmail.com");
        assertThat(await(client.inspectMessage(id, true)).message().data()).contains("Subject:");
        String unknown = "d7ef132b5d7711eea8c8000c29c33806";
        assertHttpError(() -> await(client.inspectMessage(unknown, false)), 500, "Error: no such key " + unknown);
    }

    @Test
    void inspectReadyQueueAndStates() {
        String ready = KUMOD.node().queues().readyQueueOf("gmail.com");
        InspectReadyQV1Response answer = await(client.inspectReadyQueue(ready, true));
        assertThat(answer.queueName()).isEqualTo(ready);
        assertThat(answer.state().readyCount()).isEqualTo(KUMOD.node().queues().readyCount(ready));
        assertThat(answer.scheduledQueueNames()).contains("gmail.com");
        assertThat(await(client.inspectReadyQueue(ready, false)).scheduledQueueNames()).isNull();
        assertHttpError(() -> await(client.inspectReadyQueue("x->y@smtp_client", false)),
                404, "Error: no such ready queue x->y@smtp_client");

        assertThat(await(client.readyQueueStates()).statesByReadyQueue()).isNotEmpty()
                .allSatisfy((queue, states) -> assertThat(states).isNotEmpty()
                        .allSatisfy((kind, state) -> assertThat(state.since()).isNotNull()));
    }

    @Test
    void resolveEgressPath() {
        assertThat(await(client.resolveEgressPath("gmail.com", Optional.of("egress-2"))).queueName())
                .isEqualTo("egress-2->(alt1|alt2|alt3|alt4)?.gmail-smtp-in.l.google.com@smtp_client");
        var unknown = await(client.resolveEgressPath("unknown.example", Optional.empty()));
        assertThat(unknown.source()).isEqualTo("unspecified");
        assertThat(unknown.queueName()).isEqualTo("unspecified->unknown.example@smtp_client");
    }

    @Test
    void abortReadyQueueConnectionAndAnUnknownSession() {
        InspectReadyQV1Response busy = KUMOD.node().queues().readyQueueNames().stream()
                .map(r -> await(client.inspectReadyQueue(r, false)))
                .filter(r -> !r.dispatchers().isEmpty()).findFirst().orElseThrow();
        UUID session = UUID.fromString(busy.dispatchers().get(0).get("session_id").asText());
        UUID unknown = UUID.fromString("552016f1-08e7-4e90-9da3-fd5c25acd069");

        assertHttpError(() -> await(client.abortReadyQueueConnection(new AbortReadyQConnV1Request(busy.queueName(), unknown))),
                404, "no matching dispatcher for queue=" + busy.queueName() + " session=" + unknown);
        assertThat(await(client.abortReadyQueueConnection(new AbortReadyQConnV1Request(busy.queueName(), session))))
                .isEqualTo("aborted " + session);
    }

    @Test
    void spoolCompactAndAnUnknownSpool() {
        assertThat(await(client.spoolCompact("data"))).isEmpty();
        assertHttpError(() -> await(client.spoolCompact("logs")), 500, "Error: no spool named 'logs' has been defined");
    }

    @Test
    void machineInfoAndLiveness() {
        var info = await(client.machineInfo());
        assertThat(info.nodeId()).isEqualTo(KUMOD.node().nodeId());
        assertThat(info.processKind()).isEqualTo("kumod");
        assertThat(info.onlineSince()).isEqualTo(START);

        assertThat(await(client.checkLiveness())).isEqualTo("OK");
        KUMOD.node().faults().livenessFailure("load shedding");
        assertHttpError(() -> await(client.checkLiveness()), 503, "load shedding");
    }

    @Test
    void credentialsGoPreemptivelyInADocumentedForm() {
        KUMOD.node().faults().requireCredentials(RequiredCredentials.basic("fleet", "s3cret"));
        KumoNodeClient basic = clientWith(new Credentials.Basic("fleet", "s3cret"));
        try {
            assertThat(await(basic.bounceList())).isEmpty();
        } finally {
            factory.close(basic);
        }
        KUMOD.node().faults().requireCredentials(RequiredCredentials.bearer("t0ken"));
        KumoNodeClient bearer = clientWith(new Credentials.Bearer("t0ken"));
        try {
            assertThat(await(bearer.suspendList())).isEmpty();
        } finally {
            factory.close(bearer);
        }
    }

    @Test
    void metricsArriveInChunksAsKumodsPrometheusText() {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        List<Integer> chunks = client.metrics(body::write).collect().asList().await().atMost(WAIT);

        assertThat(chunks).as("streamed, not one buffer").hasSizeGreaterThan(1);
        assertThat(chunks.stream().mapToInt(Integer::intValue).sum()).isEqualTo(body.size());
        PrometheusLines lines = new PrometheusLines(Set.of("connection_count_by_provider_and_pool", "scheduled_count"));
        lines.feed(body.toString(StandardCharsets.UTF_8));
        lines.finish();
        assertThat(lines.types()).containsEntry("scheduled_count", "gauge").containsEntry("total_messages_delivered", "counter");
        assertThat(lines.kept()).filteredOn(s -> s.name().equals("connection_count_by_provider_and_pool")).isNotEmpty()
                .allSatisfy(s -> assertThat(s.labels()).matches("provider=\"[^\"]+\", pool=\"[^\"]+\""));
        assertThat(lines.kept()).contains(new PrometheusLines.Sample("scheduled_count", "queue=\"gmail.com\"",
                Long.toString(KUMOD.node().queues().scheduledCount("gmail.com"))));
    }

    @Test
    void tracesAreRefusedBecauseTheSimulatorServesNone() {
        JsonNode filter = JsonNodeFactory.instance.objectNode().putNull("source_addr");
        assertHttpError(() -> client.traceSmtpClient(filter).collect().first().await().atMost(WAIT), 404, "");
        assertHttpError(() -> client.traceSmtpServer(filter).collect().first().await().atMost(WAIT), 404, "");
    }

    /** What neither kcli nor the client wraps, but the simulator serves, is exercised with a plain HTTP client. */
    @Test
    void bumpConfigEpochAndMetricsJson() throws Exception {
        HttpResponse<String> bumped = HTTP.send(HttpRequest.newBuilder(KUMOD.proxy().url().resolve("/api/admin/bump-config-epoch"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(bumped.statusCode()).isEqualTo(200);
        assertThat(bumped.body()).isEmpty();
        assertThat(KUMOD.node().configEpoch()).isEqualTo(1);

        HttpResponse<String> json = HTTP.send(HttpRequest.newBuilder(KUMOD.proxy().url().resolve("/metrics.json")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.body()).startsWith("{").contains("\"scheduled_count\":");
    }

    @Test
    void allowListedOperationsAreNotServedByTheSimulator() throws Exception {
        for (String operation : NOT_EXCHANGED.keySet()) {
            String[] parts = operation.split(" ");
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(KUMOD.node().url().resolve(parts[1]))
                    .method(parts[0], HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(operation + " is served now: take it off NOT_EXCHANGED and exercise it")
                    .isEqualTo(404);
        }
    }

    /** Runs last: fails for every documented operation no test above exchanged through its proxy. */
    @Test
    @Order(Integer.MAX_VALUE)
    void everyDocumentedOperationWasExchangedThroughTheProxy() {
        SortedSet<String> documented = KumodSchema.load().operations();
        assertThat(documented).as("allow-listed operations are documented ones").containsAll(NOT_EXCHANGED.keySet());
        documented.removeAll(NOT_EXCHANGED.keySet());

        assertThat(EXCHANGED).as("exchanged by the tests of this class (run the whole class)").containsAll(documented);
    }

    private KumoNodeClient clientWith(Credentials credentials) {
        return factory.forEndpoint(new KumoEndpoint("contract", KUMOD.proxy().url(), credentials, WAIT, false, Optional.empty()));
    }

    private static void assertHttpError(Runnable call, int status, String body) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(KumoHttpException.class, e -> {
            assertThat(e.status()).isEqualTo(status);
            assertThat(e.body()).isEqualTo(body);
        });
    }

    private static <T> T await(Uni<T> uni) {
        return uni.await().atMost(WAIT);
    }
}
