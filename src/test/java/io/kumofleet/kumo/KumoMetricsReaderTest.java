package io.kumofleet.kumo;

import static io.kumofleet.support.KumodSamples.TEXT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kumofleet.metrics.MetricSelection;
import io.kumofleet.metrics.MetricsFormatException;
import io.kumofleet.metrics.Sample;
import io.kumofleet.metrics.SampleSink;
import io.kumofleet.support.FakeKumod;
import io.kumofleet.support.FakeKumodClient;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.helpers.test.UniAssertSubscriber;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A node's {@code /metrics} parsed as it arrives; a body that is not Prometheus text fails one way, wherever it breaks. */
@QuarkusTest
class KumoMetricsReaderTest {

    private static final Duration WAIT = Duration.ofSeconds(FakeKumod.WAIT_SECONDS);
    private static final MetricSelection SCHEDULED = MetricSelection.of("scheduled_count");

    @RegisterExtension
    final FakeKumodClient kumod = FakeKumodClient.of("node-m", Credentials.none());
    private final Queues sink = new Queues();

    @Test
    void theWholeBodyIsParsedAndFinished() {
        kumod.fake().answer("GET", "/metrics", 200, TEXT, "# TYPE scheduled_count gauge\nscheduled_count{queue=\"a.example\"} 3\n"
                + "# TYPE ready_count gauge\nready_count{service=\"smtp_client:x->a.example@smtp_client\"} 1\n");

        read().awaitItem(WAIT).assertCompleted();
        assertEquals(List.of("a.example 3"), sink.queues);
        assertTrue(sink.finished);
    }

    @Test
    void aGarbledLineFailsAsABadResponseAndClosesTheConnection() throws Exception {
        CompletableFuture<Void> closed = new CompletableFuture<>();
        kumod.fake().route("GET", "/metrics", (request, received) -> {
            request.connection().closeHandler(v -> closed.complete(null));
            request.response().setChunked(true).putHeader("Content-Type", TEXT).write("# TYPE a summary\n");
        });

        KumoBadResponseException failure = badResponse();
        assertEquals("node node-m: GET /metrics answered a body that is not Prometheus text as kumod writes it: line 1: "
                + "unknown metric type: '# TYPE a summary'", failure.getMessage());
        MetricsFormatException complaint = MetricsReader.complaint(failure).orElseThrow();
        assertEquals(1, complaint.lineNumber());
        assertEquals("unknown metric type", complaint.reason());
        closed.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    @Test
    void aBodyCutOffMidLineFailsTheSameWayAndIsNotFinished() {
        kumod.fake().answerAnything("GET", "/metrics", 200, TEXT, "# TYPE scheduled_count gauge\nscheduled_count{queue=\"a.exa");

        KumoBadResponseException failure = badResponse();
        assertEquals("node node-m: GET /metrics answered a body that is not Prometheus text as kumod writes it: line 2: "
                + "payload ends in the middle of a line: 'scheduled_count{queue=\"a.exa'", failure.getMessage());
        assertEquals("payload ends in the middle of a line", MetricsReader.complaint(failure).orElseThrow().reason());
        assertFalse(sink.finished);
    }

    @Test
    void otherFailuresAreTheClientsAndNoComplaint() {
        kumod.fake().answer("GET", "/metrics", 500, TEXT, "Error: boom");

        Throwable failure = read().awaitFailure(WAIT).getFailure();
        assertInstanceOf(KumoHttpException.class, failure);
        assertTrue(MetricsReader.complaint(failure).isEmpty());
    }

    private UniAssertSubscriber<Void> read() {
        return MetricsReader.read(kumod.client(), SCHEDULED, sink).subscribe().withSubscriber(UniAssertSubscriber.create());
    }

    private KumoBadResponseException badResponse() {
        KumoBadResponseException failure =
                assertInstanceOf(KumoBadResponseException.class, read().awaitFailure(WAIT).getFailure());
        assertEquals("node-m", failure.node());
        return failure;
    }

    /** The scheduled queues and their counts, and whether the parser finished. */
    private static final class Queues implements SampleSink {
        final List<String> queues = new ArrayList<>();
        volatile boolean finished;

        @Override
        public void accept(Sample sample) {
            queues.add(sample.label("queue") + " " + sample.count());
        }

        @Override
        public void finished() {
            finished = true;
        }
    }
}
