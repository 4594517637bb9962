package io.kumofleet.kumo;

import static io.kumofleet.support.KumodSamples.JSON;
import static io.kumofleet.support.KumodSamples.TEXT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.kumofleet.support.FakeKumod;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.helpers.test.AssertSubscriber;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** HTTPS nodes: verified against the JVM's CAs by default, a CA file when given, anything when asked. */
@QuarkusTest
class KumoTlsTest {

    private static final Duration WAIT = Duration.ofSeconds(FakeKumod.WAIT_SECONDS);

    @Inject
    KumoClientFactory factory;

    private FakeKumod fake;

    @BeforeEach
    void start() throws Exception {
        fake = FakeKumod.startTls()
                .answer("GET", "/api/admin/bounce/v1", 200, JSON, "[]")
                .answer("GET", "/metrics", 200, TEXT, "# TYPE a counter\na 1\n")
                .webSocket(TraceSocket.CLIENT_PATH, socket -> socket.textMessageHandler(filter -> socket.writeTextMessage(
                        "{\"conn_meta\":null,\"payload\":\"Connected\",\"when\":\"2026-06-19T13:42:17Z\"}")));
    }

    @AfterEach
    void stop() throws Exception {
        fake.close();
    }

    @Test
    void aCaFileTrustsTheNodeForCallsMetricsAndTraces() throws Exception {
        KumoNodeClient client = factory.forEndpoint(fake.endpoint("node-tls", Credentials.none(), Duration.ofSeconds(10)));
        try {
            assertWorks(client);
        } finally {
            factory.close(client);
        }
    }

    @Test
    void trustAllAcceptsAnyCertificate() throws Exception {
        KumoNodeClient client = factory.forEndpoint(new KumoEndpoint("node-tls", fake.uri(), Credentials.none(),
                Duration.ofSeconds(10), true, Optional.empty()));
        try {
            assertWorks(client);
        } finally {
            factory.close(client);
        }
    }

    @Test
    void byDefaultAnUnknownCaIsRefused() {
        KumoNodeClient client = factory.forEndpoint(KumoEndpoint.of("node-tls", fake.uri(), Duration.ofSeconds(10)));
        try {
            var call = assertThrows(KumoUnreachableException.class, () -> client.bounceList().await().atMost(WAIT));
            assertTrue(call.getMessage().contains("TLS with https://127.0.0.1:"), call.getMessage());
            var metrics = client.metrics((bytes, offset, length) -> { }).subscribe()
                    .withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));
            metrics.awaitFailure(WAIT);
            assertTrue(assertInstanceOf(KumoUnreachableException.class, metrics.getFailure()).getMessage().contains("TLS"));
            var trace = client.traceSmtpClient(JsonNodeFactory.instance.objectNode())
                    .subscribe().withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));
            trace.awaitFailure(WAIT);
            assertTrue(assertInstanceOf(KumoUnreachableException.class, trace.getFailure()).getMessage().contains("TLS"));
        } finally {
            factory.close(client);
        }
    }

    @Test
    void anUnreadableCaFileIsRefusedUpFront() {
        var error = assertThrows(IllegalArgumentException.class, () -> factory.forEndpoint(new KumoEndpoint("node-tls",
                fake.uri(), Credentials.none(), WAIT, false, Optional.of(Path.of("no-such-ca.pem")))));
        assertTrue(error.getMessage().startsWith("node node-tls: cannot read the CA certificate file no-such-ca.pem"),
                error.getMessage());
    }

    private void assertWorks(KumoNodeClient client) throws Exception {
        assertEquals(List.of(), client.bounceList().await().atMost(WAIT));
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        var metrics = client.metrics(body::write).subscribe().withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));
        metrics.awaitCompletion(WAIT);
        assertEquals("# TYPE a counter\na 1\n", body.toString(StandardCharsets.UTF_8));
        var trace = client.traceSmtpClient(JsonNodeFactory.instance.objectNode())
                .subscribe().withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));
        trace.awaitItems(1, WAIT);
        trace.cancel();
    }
}
