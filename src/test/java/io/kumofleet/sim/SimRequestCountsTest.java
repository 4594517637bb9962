package io.kumofleet.sim;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Requests counted per route, and how many of them a node was answering at once. */
class SimRequestCountsTest extends SimTestBase {

    @Test
    void requestsHeldAtTheSameTimeCountAsAnsweredAtOnceAndOnesAfterAnotherDoNot() {
        RequestCounts counts = node.requests();
        node.faults().hold();
        List<CompletableFuture<HttpResponse<String>>> together = List.of(
                CLIENT.sendAsync(request("/metrics").GET().build(), HttpResponse.BodyHandlers.ofString()),
                CLIENT.sendAsync(request("/metrics").GET().build(), HttpResponse.BodyHandlers.ofString()));
        await().atMost(TIMEOUT).until(() -> node.faults().held() == 2);
        node.faults().release();
        together.forEach(answer -> assertEquals(200, answer.join().statusCode()));
        assertEquals(2, counts.of("GET", "/metrics"));
        assertEquals(2, counts.mostAtOnce("GET", "/metrics"));
        assertEquals(0, counts.mostAtOnce("GET", "/api/admin/bounce/v1"));

        counts.resetMostAtOnce("GET", "/metrics");
        assertEquals(200, get("/metrics").statusCode());
        assertEquals(200, get("/metrics").statusCode());
        assertEquals(4, counts.of("GET", "/metrics"));
        assertEquals(1, counts.mostAtOnce("GET", "/metrics"));
    }
}
