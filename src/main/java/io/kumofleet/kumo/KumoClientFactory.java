package io.kumofleet.kumo;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocketClient;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Builds one {@link KumoNodeClient} per node (the gateway keeps one per node, CLI commands build one
 * per run) and closes the clients it built when the application stops.
 */
@ApplicationScoped
public class KumoClientFactory {

    private static final Logger LOG = Logger.getLogger(KumoClientFactory.class);

    private final Vertx vertx;
    private final ObjectMapper mapper;
    private final Set<RestKumoNodeClient> open = ConcurrentHashMap.newKeySet();
    /**
     * Threads that read nodes' {@code /metrics} bodies, one per body under way (a reading blocks its
     * thread, and parsing a big node's body is CPU work best spread over the cores); idle ones end.
     */
    private final ExecutorService metricsReaders = Executors.newCachedThreadPool(new ReaderThreads());

    KumoClientFactory(Vertx vertx, ObjectMapper mapper) {
        this.vertx = vertx;
        // The gateway's own API is strict; answers from kumod are read leniently, so a newer kumod
        // that adds fields (or sends a number where a string is expected) still works.
        this.mapper = mapper.copy()
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, true);
    }

    /**
     * A client for one node: its base URL's origin (any path is ignored, as kcli does), its
     * credentials sent preemptively (from the URL's user info when the endpoint has none, as kcli
     * does), its timeout as connect and read timeout and as each call's deadline, and its TLS trust.
     * Reads the CA file, so call it off the event loop (at startup, or once per CLI run).
     *
     * @throws IllegalArgumentException if the URL is not http(s) or the CA file cannot be read
     */
    public KumoNodeClient forEndpoint(KumoEndpoint endpoint) {
        NodeTarget target = NodeTarget.of(endpoint);
        NodeTrust trust = NodeTrust.of(endpoint);
        Duration timeout = endpoint.timeout();
        KumoAnswers answers = new KumoAnswers(target, timeout, mapper);
        KumodApi api = restClient(target, trust, timeout);
        WebSocketClient webSockets = vertx.createWebSocketClient(VertxClientOptions.webSocket(target, trust, timeout));
        RestKumoNodeClient client = new RestKumoNodeClient(endpoint, api, answers,
                new MetricsStream(metricsReaders, target, trust, timeout, answers),
                new TraceSocket(webSockets, target, timeout, answers),
                () -> {
                    if (api instanceof AutoCloseable closeable) {
                        closeable.close();
                    }
                    webSockets.close();
                });
        open.add(client);
        return client;
    }

    /** Closes a client built here (e.g. a node removed from the fleet); it must not be used afterwards. */
    public void close(KumoNodeClient client) {
        if (client instanceof RestKumoNodeClient rest && open.remove(rest)) {
            try {
                rest.close();
            } catch (Exception e) {
                LOG.warnf("closing the client of node %s: %s", rest.endpoint().name(), e.toString());
            }
        }
    }

    @PreDestroy
    void closeAll() {
        Set.copyOf(open).forEach(this::close);
        metricsReaders.shutdown();
    }

    /** Daemon threads named for what they do, so a thread dump tells them apart. */
    private static final class ReaderThreads implements ThreadFactory {

        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "kumo-metrics-reader-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }

    private static KumodApi restClient(NodeTarget target, NodeTrust trust, Duration timeout) {
        QuarkusRestClientBuilder builder = QuarkusRestClientBuilder.newBuilder()
                .baseUri(target.origin())
                .connectTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .userAgent("kumo-fleet")
                .trustAll(trust.trustAll())
                .verifyHost(!trust.trustAll());
        trust.trustStore().ifPresent(builder::trustStore);
        target.authorization().ifPresent(value -> builder.register(new AuthorizationFilter(value)));
        return builder.build(KumodApi.class);
    }
}
