package io.kumofleet.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Restarts, outages, latency, errors, garbage, liveness and credentials; holds are in {@link SimHoldTest}. */
class SimFaultsTest extends SimTestBase {

    private static final String BOUNCE = "/api/admin/bounce/v1";

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void restartForgetsRulesAndFilterButKeepsIdentityPortAndMessages() {
        ok(post(BOUNCE, "{\"domain\":\"gmail.com\",\"reason\":\"r\",\"duration\":\"1h\"}"));
        ok(post("/api/admin/suspend/v1", "{\"domain\":\"yahoo.com\",\"reason\":\"r\"}"));
        ok(post("/api/admin/suspend-ready-q/v1", "{\"name\":\"a->b@smtp_client\",\"reason\":\"r\"}"));
        assertEquals(200, post("/api/admin/set_diagnostic_log_filter/v1", "{\"filter\":\"kumod=trace\"}").statusCode());
        JsonNode before = ok(get("/api/machine-info"));
        int port = node.port();
        long messages = node.queues().totalScheduled() + node.queues().readyQueueNames().stream()
                .mapToLong(r -> node.queues().readyCount(r)).sum();
        assertEquals("kumod=trace", node.logFilter());

        clock.advance(Duration.ofMinutes(3));
        SimulatedFleet.await(node.restart(), TIMEOUT);

        assertEquals(port, node.port());
        assertEquals(0, ok(get(BOUNCE)).size());
        assertEquals(0, ok(get("/api/admin/suspend/v1")).size());
        assertEquals(0, ok(get("/api/admin/suspend-ready-q/v1")).size());
        assertEquals("kumod=info", node.logFilter());
        JsonNode after = ok(get("/api/machine-info"));
        assertEquals(before.get("node_id"), after.get("node_id"));
        assertEquals(START, Instant.parse(before.get("online_since").asText()));
        assertEquals(START.plus(Duration.ofMinutes(3)), Instant.parse(after.get("online_since").asText()));
        assertEquals(messages, node.queues().totalScheduled(), "spooled messages survive, all back in scheduled");
    }

    @Test
    void downRefusesConnectionsAndUpComesBackOnTheSamePortWithItsState() {
        String id = ok(post(BOUNCE, "{\"domain\":\"gmail.com\",\"reason\":\"r\"}")).get("id").asText();
        int port = node.port();
        SimulatedFleet.await(node.goDown(), TIMEOUT);
        assertFalse(node.isUp());
        UncheckedIOException refused = assertThrows(UncheckedIOException.class, () -> get(BOUNCE));
        assertTrue(refused.getCause() instanceof ConnectException, refused.getCause().toString());

        SimulatedFleet.await(node.comeUp(), TIMEOUT);
        assertTrue(node.isUp());
        assertEquals(port, node.port());
        assertEquals(id, ok(get(BOUNCE)).get(0).get("id").asText());
    }

    /** Only lower bounds: a busy machine can make any answer slow, never one with latency quick. */
    @Test
    void latencyDelaysEveryAnswer() {
        node.faults().latency(Duration.ofMillis(400));
        long slow = timed(() -> ok(get(BOUNCE)));
        assertTrue(slow >= 400, "answered after " + slow + "ms");
        long liveness = timed(() -> get("/api/check-liveness/v1"));
        assertTrue(liveness >= 400, "answered after " + liveness + "ms");
    }

    private static long timed(Runnable call) {
        long start = System.nanoTime();
        call.run();
        return Duration.ofNanos(System.nanoTime() - start).toMillis();
    }

    @Test
    void errorRateAnswers500LikeKumodErrors() {
        node.faults().errorRate(1.0);
        assertText(500, "Error: simulated failure", get(BOUNCE));
        assertText(500, "Error: simulated failure", post(BOUNCE, "{\"reason\":\"r\"}"));
        node.faults().errorRate(0);
        assertEquals(0, ok(get(BOUNCE)).size(), "the failed POST changed nothing");
    }

    @Test
    void partialErrorRateFailsSomeRequests() {
        node.faults().errorRate(0.5);
        int failures = 0;
        for (int i = 0; i < 60; i++) {
            failures += get(BOUNCE).statusCode() == 500 ? 1 : 0;
        }
        assertTrue(failures > 5 && failures < 55, failures + " of 60 failed");
    }

    @Test
    void garbageIsA200ThatParsesAsNeitherJsonNorPrometheus() {
        node.faults().garbageRate(1.0);
        HttpResponse<String> list = get(BOUNCE);
        assertEquals(200, list.statusCode());
        assertThrows(JsonProcessingException.class, () -> SimJson.MAPPER.readTree(list.body()));
        HttpResponse<String> metrics = get("/metrics");
        assertEquals(200, metrics.statusCode());
        assertFalse(metrics.body().contains("# TYPE"), "a sample with no TYPE line breaks kcli's parser");
        node.faults().clear();
        ok(get(BOUNCE));
    }

    @Test
    void livenessFailureIs503WithTheReasonAndNoContentType() {
        HttpResponse<String> healthy = get("/api/check-liveness/v1");
        assertEquals(200, healthy.statusCode());
        assertEquals("OK", healthy.body());
        assertTrue(healthy.headers().firstValue("content-type").isEmpty());
        node.faults().livenessFailure("load shedding");
        HttpResponse<String> sick = get("/api/check-liveness/v1");
        assertEquals(503, sick.statusCode());
        assertEquals("load shedding", sick.body());
        assertTrue(sick.headers().firstValue("content-type").isEmpty());
    }

    @Test
    void basicCredentialsAreDemandedWithKumodsWordingAndNoChallenge() {
        node.faults().requireCredentials(RequiredCredentials.basic("daniel", "secret"));
        HttpResponse<String> anonymous = get(BOUNCE);
        assertText(401, "<Unauthenticated>@ ip=127.0.0.1 not permitted GET on http_listener/127.0.0.1:" + node.port()
                + "/api/admin/bounce/v1", anonymous);
        assertTrue(anonymous.headers().firstValue("www-authenticate").isEmpty());

        HttpResponse<String> wrong = send(request(BOUNCE).header("authorization", basic("daniel", "bogus")));
        assertText(401, "HttpBasicAuth Authentication Failed for daniel", wrong);
        assertTrue(wrong.headers().firstValue("www-authenticate").isEmpty());

        assertEquals(200, send(request(BOUNCE).header("authorization", basic("daniel", "secret"))).statusCode());
        assertText(401, "BearerToken Authentication Failed for ", send(request(BOUNCE).header("authorization",
                "Bearer nope")));
        assertText(400, "Malformed or unsupported Authorization header",
                send(request(BOUNCE).header("authorization", "Digest x")));
        assertEquals(200, get("/api/check-liveness/v1").statusCode(), "liveness is open to anyone");
        assertEquals(401, get("/metrics").statusCode());
        assertEquals(404, get("/nope").statusCode(), "authentication runs only on matched routes");
    }

    @Test
    void bearerTokensWork() {
        node.faults().requireCredentials(RequiredCredentials.bearer("t0k3n"));
        assertEquals(200, send(request(BOUNCE).header("authorization", "Bearer t0k3n")).statusCode());
        assertEquals(401, send(request(BOUNCE).header("authorization", "Bearer other")).statusCode());
        assertEquals(401, send(request(BOUNCE).header("authorization", basic("daniel", "t0k3n"))).statusCode());
    }

    @Test
    void credentialsSentToATrustingNodeAreStillRejected() {
        assertEquals(200, get(BOUNCE).statusCode());
        assertText(401, "HttpBasicAuth Authentication Failed for daniel",
                send(request(BOUNCE).header("authorization", basic("daniel", "secret"))));
    }

    @Test
    void simControlPathTurnsKnobsAndIsNotSubjectToThem() {
        JsonNode knobs = ok(post("/sim/faults", "{\"error_rate\":1,\"latency\":\"20ms\",\"basic_user\":\"u\","
                + "\"basic_password\":\"p\"}"));
        assertEquals(1.0, knobs.get("error_rate").asDouble());
        assertEquals("20ms", knobs.get("latency").asText());
        assertEquals(Duration.ofMillis(20), node.faults().latency());
        assertNotEquals(null, node.faults().credentials());
        assertEquals(401, get(BOUNCE).statusCode());
        assertEquals(500, send(request(BOUNCE).header("authorization", basic("u", "p"))).statusCode());
        ok(post("/sim/faults", "{\"clear\":true}"));
        assertEquals(200, get(BOUNCE).statusCode());
        assertEquals(200, post("/sim/tick", "").statusCode());
    }
}
