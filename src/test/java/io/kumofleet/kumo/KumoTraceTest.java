package io.kumofleet.kumo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kumofleet.support.FakeKumod;
import io.kumofleet.support.FakeKumodClient;
import io.kumofleet.support.KumodSamples;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.helpers.test.AssertSubscriber;
import io.vertx.core.http.ServerWebSocket;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The trace WebSockets: one filter frame out first, then every event frame in, until either side stops. */
@QuarkusTest
class KumoTraceTest {

    private static final Duration WAIT = Duration.ofSeconds(FakeKumod.WAIT_SECONDS);
    private static final String CLIENT_FILTER = "{\"campaign\":[],\"tenant\":[],\"domain\":[\"example.com\"],"
            + "\"routing_domain\":[],\"egress_pool\":[],\"egress_source\":[],\"mail_from\":[],\"rcpt_to\":[],"
            + "\"source_addr\":null,\"mx_host\":[],\"ready_queue\":[],\"mx_addr\":null}";
    private static final String CONNECTED = "{\"conn_meta\":{\"id\":\"0b5f9f0e-7a8e-4c52-9b43-2f7e1c7d8a11\"},"
            + "\"payload\":\"Connected\",\"when\":\"2026-06-19T13:42:17.123Z\"}";
    private static final String READ = "{\"conn_meta\":null,\"payload\":{\"Read\":\"250-mx.google.com at your service\\r\\n\"},"
            + "\"when\":\"2026-06-19T13:42:17.200Z\"}";

    @Inject
    ObjectMapper mapper;

    @RegisterExtension
    final FakeKumodClient kumod = FakeKumodClient.of("node-t", new Credentials.Bearer("trace-token"));
    private final BlockingQueue<String> framesFromClient = new LinkedBlockingQueue<>();
    private final CompletableFuture<ServerWebSocket> socket = new CompletableFuture<>();
    private final CompletableFuture<Void> closed = new CompletableFuture<>();

    @Test
    void sendsTheFilterFirstThenStreamsEventsUntilCancelled() throws Exception {
        kumod.fake().webSocket(TraceSocket.CLIENT_PATH, this::accept);
        AssertSubscriber<String> events = kumod.client().traceSmtpClient(mapper.readTree(CLIENT_FILTER))
                .subscribe().withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));

        ServerWebSocket server = socket.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        String first = framesFromClient.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertNotNull(first, "the client sent no filter frame");
        assertEquals(mapper.readTree(CLIENT_FILTER), mapper.readTree(first));

        server.writeTextMessage(CONNECTED);
        server.writeTextMessage(READ);
        events.awaitItems(2, WAIT);
        assertEquals(List.of(CONNECTED, READ), events.getItems());
        assertNull(framesFromClient.poll(), "exactly one frame from the client");

        FakeKumod.Request upgrade = kumod.fake().next();
        assertEquals("GET " + TraceSocket.CLIENT_PATH, upgrade.method() + " " + upgrade.path());
        assertEquals("Bearer trace-token", upgrade.authorization());

        events.cancel();
        closed.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    @Test
    void theServerTraceCompletesWhenTheNodeCloses() throws Exception {
        kumod.fake().webSocket(TraceSocket.SERVER_PATH, this::accept);
        JsonNode filter = mapper.readTree("{\"source_addr\":null}");
        AssertSubscriber<String> events = kumod.client().traceSmtpServer(filter)
                .subscribe().withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));
        ServerWebSocket server = socket.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertEquals("{\"source_addr\":null}", framesFromClient.poll(WAIT.toSeconds(), TimeUnit.SECONDS));
        server.writeTextMessage("{\"conn_meta\":null,\"payload\":\"Connected\",\"when\":\"2026-06-19T13:42:17Z\"}");
        server.close();
        events.awaitCompletion(WAIT);
        assertEquals(1, events.getItems().size());
    }

    @Test
    void aRejectedUpgradeIsAnHttpError() {
        // What kumod's ACL answers an untrusted peer, before any upgrade.
        kumod.fake().answerAnything("GET", TraceSocket.CLIENT_PATH, 401, KumodSamples.TEXT,
                "<Unauthenticated>@ ip=10.0.0.5 not permitted GET on http_listener/0.0.0.0:8000/api/admin/trace-smtp-client/v1");
        AssertSubscriber<String> events = kumod.client().traceSmtpClient(mapper.createObjectNode())
                .subscribe().withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));
        events.awaitFailure(WAIT);
        KumoHttpException error = assertInstanceOf(KumoHttpException.class, events.getFailure());
        assertEquals("node-t", error.node());
        assertEquals(401, error.status());
        assertTrue(error.body().contains("not permitted GET"), error.body());
    }

    @Test
    void aRefusedConnectionIsUnreachable() throws Exception {
        kumod.fake().close();
        AssertSubscriber<String> events = kumod.client().traceSmtpClient(mapper.createObjectNode())
                .subscribe().withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));
        events.awaitFailure(WAIT);
        Throwable failure = events.getFailure();
        assertInstanceOf(KumoUnreachableException.class, failure);
        assertTrue(failure.getMessage().startsWith("node node-t: GET " + TraceSocket.CLIENT_PATH + " failed: cannot connect"),
                failure.getMessage());
    }

    private void accept(ServerWebSocket server) {
        server.textMessageHandler(framesFromClient::add);
        server.closeHandler(v -> closed.complete(null));
        socket.complete(server);
    }
}
