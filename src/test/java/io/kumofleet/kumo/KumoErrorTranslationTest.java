package io.kumofleet.kumo;

import static io.kumofleet.support.KumodSamples.JSON;
import static io.kumofleet.support.KumodSamples.RULE_ID;
import static io.kumofleet.support.KumodSamples.SPOOL_ID;
import static io.kumofleet.support.KumodSamples.TEXT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kumofleet.kumo.wire.SuspendV1Request;
import io.kumofleet.support.FakeKumodClient;
import io.kumofleet.support.HangGuard;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** How every kind of failure reaches callers: one {@link KumoException} subclass, naming the node. */
@QuarkusTest
class KumoErrorTranslationTest {

    private static final UUID ID = UUID.fromString(RULE_ID);

    @RegisterExtension
    final FakeKumodClient kumod = FakeKumodClient.of("node-7", Credentials.none());

    @Test
    void a500IsAnHttpErrorWithKumodsText() {
        kumod.fake().answer("GET", "/api/admin/inspect-message/v1", 500, TEXT, "Error: no such key " + SPOOL_ID);
        var error = failure(KumoHttpException.class, kumod.client().inspectMessage(SPOOL_ID, false));
        assertEquals("node-7", error.node());
        assertEquals(500, error.status());
        assertEquals("Internal Server Error", error.reason());
        assertEquals("Error: no such key " + SPOOL_ID, error.body());
        assertEquals("request status 500: Internal Server Error. Response body: Error: no such key " + SPOOL_ID,
                error.getMessage());
    }

    @Test
    void a404IsAnHttpErrorExceptForCancels() {
        kumod.fake().answer("GET", "/api/admin/inspect-sched-q/v1", 404, TEXT, "Error: no such queue foo.com");
        var error = failure(KumoHttpException.class, kumod.client().inspectScheduledQueue("foo.com", false, OptionalInt.empty()));
        assertEquals(404, error.status());
        assertEquals("Not Found", error.reason());
        assertEquals("Error: no such queue foo.com", error.body());
    }

    @Test
    void aCancelOfAnUnknownRuleIsNotFoundButAMissingRouteIsAnError() {
        kumod.fake().answer("DELETE", "/api/admin/suspend/v1", 404, TEXT, "suspend entry " + RULE_ID + " not found");
        assertEquals(new CancelOutcome.NotFound("suspend entry " + RULE_ID + " not found"),
                kumod.client().suspendCancel(ID).await().atMost(HangGuard.LIMIT));
        // No route: axum's 404 has an empty body; that is not "no such rule".
        var missing = failure(KumoHttpException.class, kumod.client().bounceCancel(ID));
        assertEquals(404, missing.status());
        assertEquals("", missing.body());
        kumod.fake().answer("DELETE", "/api/admin/suspend-ready-q/v1", 422, TEXT,
                "Failed to deserialize the JSON body into the target type: id: UUID parsing failed");
        assertEquals(422, failure(KumoHttpException.class, kumod.client().suspendReadyQueueCancel(ID)).status());
    }

    @Test
    void livenessFailureCarriesTheReason() {
        kumod.fake().answer("GET", "/api/check-liveness/v1", 503, null, "load shedding");
        var error = failure(KumoHttpException.class, kumod.client().checkLiveness());
        assertEquals(503, error.status());
        assertEquals("load shedding", error.body());
    }

    @Test
    void garbageInA2xxIsABadResponseNamingTheNodeAndQuotingTheBody() {
        kumod.fake().answerAnything("GET", "/api/admin/bounce/v1", 200, "text/html", "<html>oops, a proxy page</html>");
        var error = failure(KumoBadResponseException.class, kumod.client().bounceList());
        assertEquals("node-7", error.node());
        assertTrue(error.getMessage().startsWith("node node-7: GET /api/admin/bounce/v1 answered 200"), error.getMessage());
        assertTrue(error.getMessage().contains("'<html>oops, a proxy page</html>'"), error.getMessage());
        assertEquals(null, error.getCause());
    }

    @Test
    void aWrongShapeIsABadResponse() {
        kumod.fake().answerAnything("GET", "/api/admin/suspend/v1", 200, JSON, "{\"id\":\"" + RULE_ID + "\"}")
                .answerAnything("POST", "/api/admin/suspend/v1", 200, JSON, "{\"id\":\"not-a-uuid\"}")
                .answerAnything("POST", "/api/admin/rebind/v1", 200, JSON, "[]")
                .answerAnything("GET", "/api/machine-info", 200, JSON, "null")
                .answerAnything("GET", "/api/admin/ready-q-states/v1", 200, JSON, "")
                .answerAnything("POST", "/api/admin/suspend-ready-q/v1", 200, JSON, "{}")
                .answerAnything("GET", "/api/admin/bounce/v1", 200, JSON, "[{\"reason\":\"r\"}]");
        assertTrue(failure(KumoBadResponseException.class, kumod.client().suspendList()).getMessage()
                .contains("GET /api/admin/suspend/v1"));
        var suspend = new SuspendV1Request(null, null, "example.com", "r", null, null, null);
        assertTrue(failure(KumoBadResponseException.class, kumod.client().suspend(suspend)).getMessage().contains("not-a-uuid"));
        assertTrue(failure(KumoBadResponseException.class, kumod.client().rebind(null)).getMessage().contains("not a JSON object"));
        assertTrue(failure(KumoBadResponseException.class, kumod.client().machineInfo()).getMessage().contains("JSON null"));
        assertTrue(failure(KumoBadResponseException.class, kumod.client().readyQueueStates()).getMessage().contains("(0 bytes)"));
        // Without the rule id a caller could never cancel what it created.
        var readyQ = new io.kumofleet.kumo.wire.SuspendReadyQueueV1Request("q", "r", null, null);
        assertTrue(failure(KumoBadResponseException.class, kumod.client().suspendReadyQueue(readyQ)).getMessage().contains("'id'"));
        assertTrue(failure(KumoBadResponseException.class, kumod.client().bounceList()).getMessage().contains("'id'"));
    }

    @Test
    void aLongBadBodyIsQuotedShort() {
        kumod.fake().answerAnything("GET", "/api/admin/bounce/v1", 200, JSON, "[" + "x".repeat(100_000));
        String message = failure(KumoBadResponseException.class, kumod.client().bounceList()).getMessage();
        assertTrue(message.length() < 600, message);
        assertTrue(message.contains("(100001 bytes)"), message);
    }

    @Test
    void aRefusedConnectionIsUnreachable() throws Exception {
        KumoNodeClient refused = kumod.client(KumoEndpoint.of("node-down", closedPort(), Duration.ofSeconds(5)));
        var error = failure(KumoUnreachableException.class, refused.bounceList());
        assertEquals("node-down", error.node());
        assertTrue(error.getMessage().startsWith("node node-down: GET /api/admin/bounce/v1 failed: cannot connect to "),
                error.getMessage());
        assertInstanceOf(KumoUnreachableException.class,
                assertThrows(KumoException.class, () -> refused.bounceCancel(ID).await().atMost(HangGuard.LIMIT)));
    }

    @Test
    void anUnknownHostIsUnreachable() {
        KumoNodeClient nowhere = kumod.client(KumoEndpoint.of("node-x", URI.create("http://no-such-node.invalid:8000"),
                Duration.ofSeconds(5)));
        var error = failure(KumoUnreachableException.class, nowhere.machineInfo());
        assertTrue(error.getMessage().contains("no-such-node.invalid"), error.getMessage());
    }

    @Test
    void aSlowNodeTimesOutWithinRoughlyItsTimeout() {
        kumod.fake().route("GET", "/api/admin/bounce/v1", (request, received) -> { /* never answers */ })
                .route("DELETE", "/api/admin/bounce/v1", (request, received) -> { /* never answers */ });
        KumoNodeClient impatient = kumod.client("node-slow", Credentials.none(), Duration.ofMillis(500));
        assertBounceListTimesOut(impatient);
        var cancel = assertThrows(KumoUnreachableException.class,
                () -> impatient.bounceCancel(ID).await().atMost(HangGuard.LIMIT));
        assertTrue(cancel.getMessage().contains("timed out"), cancel.getMessage());
    }

    @Test
    void aBodyThatStallsAfterTheHeadersTimesOut() {
        kumod.fake().route("GET", "/api/admin/bounce/v1", (request, received) -> request.response().setChunked(true)
                .putHeader("Content-Type", JSON).write("[{\"id\":"));
        assertBounceListTimesOut(kumod.client("node-slow", Credentials.none(), Duration.ofMillis(500)));
    }

    @Test
    void credentialsNeverAppearInMessages() throws Exception {
        String password = "hunter2-very-secret";
        String token = "tok-very-secret-123";
        // A hostile or buggy node echoing what it got.
        kumod.fake().route("GET", "/api/admin/bounce/v1", (request, received) -> request.response().setStatusCode(401)
                .putHeader("Content-Type", TEXT).end("HttpBasicAuth Authentication Failed for daniel; got "
                        + received.authorization() + " " + password + " " + token));
        kumod.fake().route("GET", "/api/machine-info", (request, received) -> request.response().setStatusCode(200)
                .putHeader("Content-Type", JSON).end("{oops " + received.authorization() + " " + token));
        for (Credentials credentials : new Credentials[] {new Credentials.Basic("daniel", password), new Credentials.Bearer(token)}) {
            String header = credentials.authorizationHeader().orElseThrow();
            String encoded = header.substring(header.indexOf(' ') + 1);
            KumoEndpoint endpoint = kumod.fake().endpoint("node-7", credentials, Duration.ofSeconds(5));
            KumoNodeClient authenticated = kumod.client(endpoint);
            var http = failure(KumoHttpException.class, authenticated.bounceList());
            var bad = failure(KumoBadResponseException.class, authenticated.machineInfo());
            for (String text : new String[] {http.getMessage(), http.body(), http.toString(), bad.getMessage(),
                    bad.toString(), endpoint.toString(), credentials.toString(), authenticated.toString()}) {
                String secret = credentials instanceof Credentials.Basic ? password : token;
                for (String leak : new String[] {secret, encoded}) {
                    assertTrue(!text.contains(leak), "secret leaked in: " + text);
                }
            }
            assertTrue(http.body().contains("daniel"), "the user name is not a secret: " + http.body());
        }
        URI withUserInfo = URI.create("http://daniel:" + password + "@" + closedPort().getAuthority());
        KumoEndpoint endpoint = new KumoEndpoint("node-ui", withUserInfo, Credentials.none(), Duration.ofSeconds(5), false,
                Optional.empty());
        KumoNodeClient down = kumod.client(endpoint);
        var error = failure(KumoUnreachableException.class, down.bounceList());
        assertTrue(!error.getMessage().contains(password) && !String.valueOf(error.getCause()).contains(password),
                error.getMessage());
        assertTrue(!endpoint.toString().contains(password), endpoint.toString());
    }

    /** Listing bounces through a client with a 500 ms timeout fails as timed out, after roughly that long. */
    private static void assertBounceListTimesOut(KumoNodeClient impatient) {
        long start = System.nanoTime();
        var error = assertThrows(KumoUnreachableException.class,
                () -> impatient.bounceList().await().atMost(HangGuard.LIMIT));
        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
        // Only a lower bound: a busy machine can make the timeout late, never early.
        assertTrue(elapsedMillis >= 400, "took " + elapsedMillis + " ms");
        assertTrue(error.getMessage().contains("timed out") && error.getMessage().contains("500ms"), error.getMessage());
    }

    private static <E extends KumoException> E failure(Class<E> type, Uni<?> call) {
        return assertThrows(type, () -> call.await().atMost(HangGuard.LIMIT));
    }

    /** A local port nobody listens on. */
    private static URI closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
    }
}
