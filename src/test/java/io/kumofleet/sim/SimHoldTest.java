package io.kumofleet.sim;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The hold fault: requests kept unanswered until the test releases them, and counted meanwhile. */
class SimHoldTest extends SimTestBase {

    private static final String BOUNCE = "/api/admin/bounce/v1";

    private CompletableFuture<HttpResponse<String>> getLater(String path) {
        return CLIENT.sendAsync(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private void awaitHeld(int count) {
        await().atMost(TIMEOUT).until(() -> node.faults().held() == count);
    }

    @Test
    void heldRequestsAreAnsweredOnlyOnceReleasedAndLaterOnesPass() {
        node.faults().hold();
        List<CompletableFuture<HttpResponse<String>>> answers =
                IntStream.range(0, 3).mapToObj(i -> getLater(i == 0 ? BOUNCE : "/metrics")).toList();
        awaitHeld(3);
        answers.forEach(answer -> assertFalse(answer.isDone(), "answered while held"));

        node.faults().release();
        answers.forEach(answer -> assertEquals(200, answer.join().statusCode()));
        assertEquals(0, node.faults().held());
        assertNull(node.faults().holding());
        assertEquals(200, get("/metrics").statusCode(), "no longer holding");
    }

    @Test
    void holdingOnePathLetsTheOthersThrough() {
        node.faults().hold("/metrics");
        CompletableFuture<HttpResponse<String>> metrics = getLater("/metrics");
        awaitHeld(1);
        ok(get(BOUNCE));
        assertEquals(200, get("/api/check-liveness/v1").statusCode());
        assertFalse(metrics.isDone(), "answered while held");
        assertEquals(1, node.faults().held());

        node.faults().clear();
        assertEquals(200, metrics.join().statusCode(), "clearing the faults releases");
    }

    @Test
    void aRequestWhoseClientLeftIsNoLongerHeld() throws IOException {
        node.faults().hold();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", node.port()));
            OutputStream out = socket.getOutputStream();
            out.write("GET /metrics HTTP/1.1\r\nhost: 127.0.0.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            awaitHeld(1);
        }
        awaitHeld(0);
        assertEquals(1, node.requests().of("GET", "/metrics"));
    }

    @Test
    void theControlPathHoldsReleasesAndShowsHowManyAreHeld() {
        JsonNode knobs = ok(post("/sim/faults", "{\"hold\":\"/metrics\"}"));
        assertEquals("/metrics", knobs.get("hold").asText());
        assertEquals(0, knobs.get("held").asInt());
        CompletableFuture<HttpResponse<String>> metrics = getLater("/metrics");
        awaitHeld(1);
        assertEquals(1, ok(get("/sim/faults")).get("held").asInt());

        knobs = ok(post("/sim/faults", "{\"release\":true}"));
        assertEquals(200, metrics.join().statusCode());
        assertFalse(knobs.get("hold").asBoolean());

        assertEquals(true, ok(post("/sim/faults", "{\"hold\":true}")).get("hold").asBoolean());
        CompletableFuture<HttpResponse<String>> bounces = getLater(BOUNCE);
        awaitHeld(1);
        ok(post("/sim/faults", "{\"clear\":true}"));
        assertEquals(200, bounces.join().statusCode());
    }
}
