package io.kumofleet.kumo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kumofleet.support.FakeKumod;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.helpers.test.AssertSubscriber;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Clients are built per endpoint and closed, with their connections, when the application stops. */
@QuarkusTest
class KumoClientFactoryTest {

    @Inject
    Vertx vertx;

    @Inject
    ObjectMapper mapper;

    @Test
    void shutdownClosesTheClientsAndTheirConnections() throws Exception {
        // A factory of our own, so that stopping it does not touch the application's.
        KumoClientFactory factory = new KumoClientFactory(vertx, mapper);
        try (FakeKumod fake = FakeKumod.start()) {
            CompletableFuture<String> filter = new CompletableFuture<>();
            CompletableFuture<Void> closed = new CompletableFuture<>();
            fake.webSocket(TraceSocket.SERVER_PATH, socket -> {
                socket.textMessageHandler(filter::complete);
                socket.closeHandler(v -> closed.complete(null));
            });
            KumoNodeClient client = factory.forEndpoint(fake.endpoint("node-f", Credentials.none(), Duration.ofSeconds(10)));
            assertEquals("node-f", client.endpoint().name());
            var trace = client.traceSmtpServer(mapper.createObjectNode())
                    .subscribe().withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));
            assertEquals("{}", filter.get(FakeKumod.WAIT_SECONDS, TimeUnit.SECONDS));

            factory.closeAll();

            closed.get(FakeKumod.WAIT_SECONDS, TimeUnit.SECONDS);
            trace.awaitCompletion(Duration.ofSeconds(FakeKumod.WAIT_SECONDS));
        } finally {
            factory.closeAll();
        }
    }
}
