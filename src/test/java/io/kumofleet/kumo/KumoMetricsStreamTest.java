package io.kumofleet.kumo;

import static io.kumofleet.support.KumodSamples.TEXT;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kumofleet.support.FakeKumod;
import io.kumofleet.support.FakeKumodClient;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.helpers.test.AssertSubscriber;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerResponse;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code GET /metrics} arrives chunk by chunk as the node sends it, never buffered whole. */
@QuarkusTest
class KumoMetricsStreamTest {

    private static final Duration WAIT = Duration.ofSeconds(FakeKumod.WAIT_SECONDS);

    @RegisterExtension
    final FakeKumodClient kumod = FakeKumodClient.of("node-m", new Credentials.Bearer("metrics-token"));

    @Test
    void theFirstChunkArrivesBeforeTheNodeHasSentTheRest() throws Exception {
        byte[] head = metricLines(0, 20_000);       // about 1 MiB
        byte[] tail = metricLines(20_000, 200_000); // about 10 MiB more
        CompletableFuture<Void> sendTheRest = new CompletableFuture<>();
        kumod.fake().route("GET", "/metrics", (request, received) -> {
            HttpServerResponse response = request.response().setChunked(true).putHeader("Content-Type", TEXT);
            response.write(io.vertx.core.buffer.Buffer.buffer(head));
            Context context = Vertx.currentContext();
            sendTheRest.thenRun(() -> context.runOnContext(v -> response.end(io.vertx.core.buffer.Buffer.buffer(tail))));
        });

        ByteArrayOutputStream body = new ByteArrayOutputStream();
        AssertSubscriber<Integer> subscriber = kumod.client().metrics(body::write).subscribe()
                .withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));
        // The head may come as one item or several (items are coalesced per MiB or 100 ms).
        await().atMost(WAIT).until(() -> !subscriber.getItems().isEmpty());
        int before = body.size();
        assertTrue(before > 0 && before <= head.length, "got " + before + " bytes before the node sent the rest");
        assertFalse(subscriber.isCancelled());
        subscriber.assertNotTerminated();

        sendTheRest.complete(null);
        subscriber.awaitCompletion(WAIT);
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        whole.write(head);
        whole.write(tail);
        assertArrayEquals(whole.toByteArray(), body.toByteArray());
        assertEquals(body.size(), subscriber.getItems().stream().mapToInt(Integer::intValue).sum());
        assertTrue(subscriber.getItems().size() > 1, "a large body comes in several chunks");

        FakeKumod.Request sent = kumod.fake().next();
        assertEquals("GET /metrics", sent.method() + " " + sent.path());
        assertEquals("Bearer metrics-token", sent.authorization());
        assertEquals("", sent.body());
    }

    /**
     * The node writes 32 MiB as fast as the connection takes it; while the subscriber has asked for
     * one chunk the node must stay blocked (Quarkus 3.33's REST client {@code Multi} lets it finish,
     * holding everything in memory), and asking for the rest lets it finish.
     */
    @Test
    void readsOnlyAsFastAsTheSubscriberAsks() throws Exception {
        long total = 32L << 20;
        AtomicLong written = new AtomicLong();
        CompletableFuture<Void> blocked = new CompletableFuture<>();
        CompletableFuture<Void> finished = new CompletableFuture<>();
        kumod.fake().route("GET", "/metrics", (request, received) -> pump(
                request.response().setChunked(true).putHeader("Content-Type", TEXT), total, written, blocked, finished));

        AtomicLong received = new AtomicLong();
        AssertSubscriber<Integer> subscriber = kumod.client().metrics((bytes, offset, length) -> received.addAndGet(length))
                .subscribe().withSubscriber(AssertSubscriber.create(1));
        subscriber.awaitItems(1, WAIT);
        blocked.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        // A negative can only be observed over a window: two seconds in which an eager reader would finish.
        assertThrows(TimeoutException.class, () -> finished.get(2, TimeUnit.SECONDS));
        assertTrue(written.get() < total, "written " + written.get());
        assertEquals(1, subscriber.getItems().size());

        subscriber.request(Long.MAX_VALUE);
        subscriber.awaitCompletion(WAIT);
        assertEquals(total, received.get());
    }

    /** Writes until {@code total}, waiting for the connection to drain whenever the write queue is full. */
    private static void pump(HttpServerResponse response, long total, AtomicLong written,
            CompletableFuture<Void> blocked, CompletableFuture<Void> finished) {
        io.vertx.core.buffer.Buffer chunk = io.vertx.core.buffer.Buffer.buffer(new byte[64 << 10]);
        while (written.get() < total) {
            if (response.writeQueueFull()) {
                blocked.complete(null);
                response.drainHandler(v -> pump(response, total, written, blocked, finished));
                return;
            }
            response.write(chunk);
            written.addAndGet(chunk.length());
        }
        response.end();
        finished.complete(null);
    }

    @Test
    void cancellingClosesTheConnection() throws Exception {
        CompletableFuture<Void> closed = bodyThatNeverEnds("# TYPE a counter\na 1\n");
        AssertSubscriber<Integer> subscriber = kumod.client().metrics(KumoMetricsStreamTest::ignore).subscribe()
                .withSubscriber(AssertSubscriber.create(1));
        subscriber.awaitItems(1, WAIT);
        subscriber.cancel();
        closed.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    @Test
    void aChunkTheTakerRefusesFailsTheStreamAndClosesTheConnection() throws Exception {
        CompletableFuture<Void> closed = bodyThatNeverEnds("garbage\n");
        IllegalStateException refusal = new IllegalStateException("not Prometheus text");
        AssertSubscriber<Integer> subscriber = kumod.client().metrics((bytes, offset, length) -> {
            throw refusal;
        }).subscribe().withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));
        subscriber.awaitFailure(WAIT);
        assertEquals(refusal, subscriber.getFailure());
        assertEquals(0, subscriber.getItems().size());
        closed.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    @Test
    void aStallMidStreamTimesOut() throws Exception {
        kumod.fake().route("GET", "/metrics", (request, received) ->
                request.response().setChunked(true).putHeader("Content-Type", TEXT).write("# TYPE a counter\na 1\n"));
        KumoNodeClient impatient = kumod.client("node-m", Credentials.none(), Duration.ofMillis(300));
        AssertSubscriber<Integer> subscriber = impatient.metrics(KumoMetricsStreamTest::ignore).subscribe()
                .withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));
        subscriber.awaitFailure(WAIT);
        assertEquals(1, subscriber.getItems().size());
        Throwable failure = subscriber.getFailure();
        assertInstanceOf(KumoUnreachableException.class, failure);
        assertTrue(failure.getMessage().contains("timed out") && failure.getMessage().contains("300ms"), failure.getMessage());
    }

    @Test
    void anErrorStatusIsAnHttpError() {
        kumod.fake().answer("GET", "/metrics", 500, TEXT, "Error: boom");
        AssertSubscriber<Integer> subscriber = kumod.client().metrics(KumoMetricsStreamTest::ignore).subscribe()
                .withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));
        subscriber.awaitFailure(WAIT);
        KumoHttpException error = assertInstanceOf(KumoHttpException.class, subscriber.getFailure());
        assertEquals("node-m", error.node());
        assertEquals(500, error.status());
        assertEquals("Internal Server Error", error.reason());
        assertEquals("Error: boom", error.body());
    }

    @Test
    void aRefusedConnectionIsUnreachable() throws Exception {
        kumod.fake().close();
        AssertSubscriber<Integer> subscriber = kumod.client().metrics(KumoMetricsStreamTest::ignore).subscribe()
                .withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));
        subscriber.awaitFailure(WAIT);
        Throwable failure = subscriber.getFailure();
        assertInstanceOf(KumoUnreachableException.class, failure);
        assertTrue(failure.getMessage().startsWith("node node-m: GET /metrics failed: cannot connect"), failure.getMessage());
    }

    private static void ignore(byte[] bytes, int offset, int length) {
        // the test looks at what the stream does, not at the bytes
    }

    private static byte[] metricLines(int from, int to) {
        StringBuilder text = new StringBuilder();
        for (int i = from; i < to; i++) {
            text.append("scheduled_count{queue=\"tenant-").append(i).append("@example.com\"} ").append(i).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Serves {@code head} as the start of a body that never ends; completes once the client closes the connection. */
    private CompletableFuture<Void> bodyThatNeverEnds(String head) {
        CompletableFuture<Void> closed = new CompletableFuture<>();
        kumod.fake().route("GET", "/metrics", (request, received) -> {
            request.connection().closeHandler(v -> closed.complete(null));
            request.response().setChunked(true).putHeader("Content-Type", TEXT).write(head);
        });
        return closed;
    }
}
