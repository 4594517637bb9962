package io.kumofleet.support;

import io.kumofleet.kumo.Credentials;
import io.kumofleet.kumo.KumoClientFactory;
import io.kumofleet.kumo.KumoEndpoint;
import io.kumofleet.kumo.KumoNodeClient;
import io.quarkus.arc.Arc;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A JUnit extension for {@code @QuarkusTest} classes (register it on an instance field) giving each
 * test a fresh {@link FakeKumod} and a client of it from the application's {@link KumoClientFactory};
 * after the test it closes every client it made, then the fake.
 */
public final class FakeKumodClient implements BeforeEachCallback, AfterEachCallback {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final String node;
    private final Credentials credentials;
    private final List<KumoNodeClient> clients = new ArrayList<>();
    private KumoClientFactory factory;
    private FakeKumod fake;
    private KumoNodeClient client;

    private FakeKumodClient(String node, Credentials credentials) {
        this.node = node;
        this.credentials = credentials;
    }

    /** The client names the fake {@code node}, sends {@code credentials} and waits 10 s for an answer. */
    public static FakeKumodClient of(String node, Credentials credentials) {
        return new FakeKumodClient(node, credentials);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        factory = Arc.container().instance(KumoClientFactory.class).get();
        fake = FakeKumod.start();
        client = client(node, credentials, TIMEOUT);
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        try {
            clients.forEach(factory::close);
        } finally {
            clients.clear();
            fake.close();
        }
    }

    public FakeKumod fake() {
        return fake;
    }

    public KumoNodeClient client() {
        return client;
    }

    /** Another client of the fake, with its own name, credentials and timeout, closed after the test. */
    public KumoNodeClient client(String node, Credentials credentials, Duration timeout) {
        return client(fake.endpoint(node, credentials, timeout));
    }

    /** A client of any endpoint (a closed port, an unknown host), closed after the test. */
    public KumoNodeClient client(KumoEndpoint endpoint) {
        KumoNodeClient another = factory.forEndpoint(endpoint);
        clients.add(another);
        return another;
    }
}
