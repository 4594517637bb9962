package io.kumofleet.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kumofleet.sim.SimClock;
import io.kumofleet.sim.SimNodeOptions;
import io.kumofleet.sim.SimulatedFleet;
import io.kumofleet.support.HangGuard;
import io.kumofleet.support.SimulatedKumod;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.UpgradeRejectedException;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketConnectOptions;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The proxy itself: it catches violations on either side (so the contract tests' "no violations"
 * cannot pass vacuously), forwards faithfully, and relays transport failures and WebSockets.
 */
class ValidatingKumodProxyTest {

    private static final Duration WAIT = HangGuard.LIMIT;
    private static final String TRACE = "/api/admin/trace-smtp-client/v1";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @RegisterExtension
    static final SimulatedKumod KUMOD = SimulatedKumod.behindProxy(() -> SimNodeOptions.defaults("proxied")
            .withTickInterval(Duration.ZERO).withClock(new SimClock(Instant.parse("2026-06-19T13:42:17Z"))), WAIT);

    @Test
    void anUnknownRequestFieldIsRecordedAsAViolation() throws Exception {
        HttpResponse<String> answer = send(post("/api/admin/bounce/v1", "{\"queue\":\"x\",\"reason\":\"r\"}"));

        assertThat(answer.statusCode()).isEqualTo(422); // kumod's deny_unknown_fields, relayed as it came
        assertThat(answer.body()).contains("unknown field `queue`");
        KumodExchange exchange = only(KUMOD.proxy().violations());
        assertThat(exchange.operation()).isEqualTo("POST /api/admin/bounce/v1");
        assertThat(exchange.status()).isEqualTo(422);
        assertThat(exchange.violations()).anySatisfy(v -> assertThat(v).contains("queue"));
    }

    @Test
    void kcliNullBodyOnAGetIsRecordedAsAViolation() throws Exception {
        send(request("/api/admin/bounce/v1").header("content-type", "application/json")
                .method("GET", HttpRequest.BodyPublishers.ofString("null")));

        assertThat(only(KUMOD.proxy().exchanges()).violations()).anySatisfy(v -> assertThat(v).contains("no request body"));
    }

    @Test
    void anAnswerThatBreaksTheDocumentIsRecordedAsAViolation() throws Exception {
        KUMOD.node().faults().garbageRate(1);

        HttpResponse<String> answer = send(request("/api/admin/bounce/v1").GET());

        assertThat(answer.statusCode()).isEqualTo(200);
        KumodExchange exchange = only(KUMOD.proxy().violations());
        assertThat(exchange.toString()).contains("GET /api/admin/bounce/v1 -> 200");
        assertThat(exchange.violations()).anySatisfy(v -> assertThat(v).contains("not valid JSON"));
    }

    @Test
    void validExchangesAreRecordedWithoutViolationsAndRelayedUnchanged() throws Exception {
        HttpResponse<String> direct = HTTP.send(HttpRequest.newBuilder(URI.create(KUMOD.node().url() + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> metrics = send(request("/metrics").GET());
        HttpResponse<String> liveness = send(request("/api/check-liveness/v1").GET());
        HttpResponse<String> missing = send(request("/api/admin/inspect-sched-q/v1?queue_name=nope.example").GET());

        assertThat(metrics.body()).isEqualTo(direct.body()).contains("# TYPE ");
        assertThat(metrics.headers().firstValue("content-type")).contains("text/plain; charset=utf-8");
        assertThat(liveness.body()).isEqualTo("OK");
        assertThat(liveness.headers().firstValue("content-type")).isEmpty(); // kumod sends none here
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).isEqualTo("Error: no such queue nope.example");
        assertThat(KUMOD.proxy().exchanges()).extracting(KumodExchange::toString).containsExactly(
                "GET /metrics -> 200",
                "GET /api/check-liveness/v1 -> 200",
                "GET /api/admin/inspect-sched-q/v1?queue_name=nope.example -> 404");
    }

    @Test
    void anUnreachableNodeIsATransportFailureForTheClient() {
        SimulatedFleet.await(KUMOD.node().goDown(), WAIT);

        // a POST, which the JDK client never retries on a closed connection
        assertThatThrownBy(() -> send(request("/api/admin/bump-config-epoch").POST(HttpRequest.BodyPublishers.noBody()))).isInstanceOf(IOException.class);
        assertThat(KUMOD.proxy().exchanges()).extracting(KumodExchange::toString)
                .containsExactly("POST /api/admin/bump-config-epoch -> no answer");
    }

    @Test
    void aRefusedWebSocketUpgradeIsRelayedAndValidated() {
        // The simulator serves no trace endpoint: kumod's empty 404 for an unknown route comes back.
        Throwable refused = SimulatedFleet.await(connect(KUMOD.proxy(), "{}").transform(Future::succeededFuture), WAIT).cause();

        assertThat(refused).isInstanceOf(UpgradeRejectedException.class);
        assertThat(((UpgradeRejectedException) refused).getStatus()).isEqualTo(404);
        assertThat(KUMOD.proxy().exchanges()).extracting(KumodExchange::toString).containsExactly("GET " + TRACE + " -> 404");
    }

    @Test
    void anAcceptedWebSocketIsRelayedBothWays() {
        // Upgrades through the request handler: a Quarkus test earlier in the JVM sets vertx.disableWebsockets,
        // which turns webSocketHandler off in every Vert.x server started afterwards (toWebSocket still works).
        HttpServer tracer = SimulatedFleet.await(KUMOD.vertx().createHttpServer()
                .requestHandler(request -> request.toWebSocket().onSuccess(socket ->
                        socket.textMessageHandler(filter -> socket.writeTextMessage("event for " + filter))))
                .listen(0, "127.0.0.1"), WAIT);
        ValidatingKumodProxy relay = SimulatedFleet.await(ValidatingKumodProxy.start(KUMOD.vertx(),
                URI.create("http://127.0.0.1:" + tracer.actualPort()), KumodSchema.load()), WAIT);
        try {
            String event = SimulatedFleet.await(connect(relay, "{\"terse\":true}"), WAIT);

            assertThat(event).isEqualTo("event for {\"terse\":true}");
            assertThat(relay.exchanges()).extracting(KumodExchange::toString).containsExactly("GET " + TRACE + " -> 101");
        } finally {
            SimulatedFleet.await(relay.stop().eventually(() -> tracer.close()), WAIT);
        }
    }

    /** Opens the client trace through a proxy, sends the filter, and completes with the first frame received. */
    private static Future<String> connect(ValidatingKumodProxy through, String filter) {
        WebSocketClient client = KUMOD.vertx().createWebSocketClient();
        Promise<String> first = Promise.promise();
        client.connect(new WebSocketConnectOptions().setHost("127.0.0.1").setPort(through.url().getPort()).setURI(TRACE))
                .onFailure(first::tryFail)
                .onSuccess(socket -> {
                    socket.textMessageHandler(first::tryComplete);
                    socket.writeTextMessage(filter);
                });
        return first.future().eventually(() -> client.close());
    }

    private HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create(KUMOD.proxy().url() + pathAndQuery)).timeout(WAIT);
    }

    private HttpRequest.Builder post(String path, String json) {
        return request(path).header("content-type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static KumodExchange only(List<KumodExchange> exchanges) {
        assertThat(exchanges).hasSize(1);
        return exchanges.get(0);
    }
}
