package io.kumofleet.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.kumofleet.support.ClassVertx;
import io.kumofleet.support.HangGuard;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * One fresh simulated node per test on a hand-driven clock (no automatic ticks), and plain
 * JDK HttpClient helpers to talk to it over real HTTP.
 */
abstract class SimTestBase {

    static final Instant START = Instant.parse("2026-06-19T13:42:17Z");
    static final Duration TIMEOUT = HangGuard.LIMIT;
    static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @RegisterExtension
    static final ClassVertx VERTX = new ClassVertx(TIMEOUT);

    SimClock clock;
    SimulatedNode node;

    @BeforeEach
    void startNode() {
        clock = new SimClock(START);
        node = SimulatedFleet.await(SimulatedNode.start(VERTX.get(), nodeOptions()), TIMEOUT);
    }

    @AfterEach
    void stopNode() {
        SimulatedFleet.await(node.stop(), TIMEOUT);
    }

    /** A 200-queue node that only moves on tick(); override for other shapes. */
    SimNodeOptions nodeOptions() {
        return SimNodeOptions.defaults("sim-test").withTickInterval(Duration.ZERO).withClock(clock).withSeed(42);
    }

    HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    /** What kcli sends for every GET: a JSON Content-Type and the body {@code null}. */
    HttpResponse<String> kcliGet(String path) {
        return send(request(path).header("content-type", "application/json")
                .method("GET", HttpRequest.BodyPublishers.ofString("null")));
    }

    HttpResponse<String> post(String path, String json) {
        return send(request(path).header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    HttpResponse<String> delete(String path, String json) {
        return send(request(path).header("content-type", "application/json")
                .method("DELETE", HttpRequest.BodyPublishers.ofString(json)));
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(node.url() + path)).timeout(TIMEOUT);
    }

    static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return SimJson.MAPPER.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asserts a 200 JSON answer and returns it parsed. */
    static JsonNode ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response::body);
        assertEquals("application/json", response.headers().firstValue("content-type").orElse(""));
        return json(response);
    }

    static void assertText(int status, String body, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response::body);
        assertEquals(body, response.body());
        assertEquals("text/plain; charset=utf-8", response.headers().firstValue("content-type").orElse(""));
    }
}
