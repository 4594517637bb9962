package io.kumofleet.kumo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.kumofleet.contract.KumodSchema;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.net.PemKeyCertOptions;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * A fake kumod admin listener on its own Vert.x instance: it records every request it receives and
 * answers what the test told it to (404 with an empty body otherwise, like axum). Canned answers are
 * checked against {@link KumodSchema}, so the fake cannot drift from kumod's contract unnoticed.
 */
final class FakeKumod implements AutoCloseable {

    static final Path TLS = Path.of("src", "test", "resources", "tls");
    static final long WAIT_SECONDS = 10;

    /** One request as the fake received it; {@code body} is empty when none was sent. */
    record Received(String method, String path, String rawQuery, MultiMap headers, String body) {

        String target() {
            return rawQuery == null ? path : path + "?" + rawQuery;
        }

        String contentType() {
            return headers.get("Content-Type");
        }

        String authorization() {
            return headers.get("Authorization");
        }

        /** The query, form-decoded as kumod's serde_urlencoded reads it. */
        Map<String, List<String>> query() {
            Map<String, List<String>> query = new LinkedHashMap<>();
            if (rawQuery != null && !rawQuery.isEmpty()) {
                for (String pair : rawQuery.split("&")) {
                    String[] parts = pair.split("=", 2);
                    query.computeIfAbsent(URLDecoder.decode(parts[0], StandardCharsets.UTF_8), k -> new ArrayList<>())
                            .add(parts.length < 2 ? "" : URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
                }
            }
            return query;
        }
    }

    private final Vertx vertx = Vertx.vertx();
    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private final Map<String, BiConsumer<HttpServerRequest, Received>> routes = new ConcurrentHashMap<>();
    private final Map<String, Consumer<ServerWebSocket>> sockets = new ConcurrentHashMap<>();
    private final boolean tls;
    private final HttpServer server;

    private FakeKumod(boolean tls) throws Exception {
        this.tls = tls;
        HttpServerOptions options = new HttpServerOptions().setHost("127.0.0.1").setPort(0);
        if (tls) {
            options.setSsl(true).setKeyCertOptions(new PemKeyCertOptions()
                    .setCertPath(TLS.resolve("node.pem").toString())
                    .setKeyPath(TLS.resolve("node-key.pem").toString()));
        }
        this.server = vertx.createHttpServer(options)
                .requestHandler(this::onRequest)
                .listen()
                .toCompletionStage().toCompletableFuture().get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    static FakeKumod start() throws Exception {
        return new FakeKumod(false);
    }

    /** An HTTPS listener whose certificate (for localhost) is signed by {@code tls/ca.pem}. */
    static FakeKumod startTls() throws Exception {
        return new FakeKumod(true);
    }

    URI url() {
        return URI.create((tls ? "https" : "http") + "://127.0.0.1:" + server.actualPort());
    }

    /** An endpoint for this fake, named {@code node}; HTTPS fakes are trusted through {@code tls/ca.pem}. */
    KumoEndpoint endpoint(String node, Credentials credentials, Duration timeout) {
        return new KumoEndpoint(node, url(), credentials, timeout, false,
                tls ? Optional.of(TLS.resolve("ca.pem")) : Optional.empty());
    }

    /** Answers {@code method path} with a canned, kumod-like answer that must be valid per the document. */
    FakeKumod answer(String method, String path, int status, String contentType, String body) {
        List<String> violations = KumodSchema.load().validateResponse(method, path, status, contentType, body);
        assertEquals(List.of(), violations, "the fake's canned answer must be one kumod could give");
        return answerAnything(method, path, status, contentType, body);
    }

    /** Answers with anything at all, e.g. garbage a broken node might send. */
    FakeKumod answerAnything(String method, String path, int status, String contentType, String body) {
        return route(method, path, (request, r) -> {
            HttpServerResponse response = request.response().setStatusCode(status);
            if (contentType != null) {
                response.putHeader("Content-Type", contentType);
            }
            response.end(body);
        });
    }

    /** Handles {@code method path} with custom code (slow, streaming or silent answers). */
    FakeKumod route(String method, String path, BiConsumer<HttpServerRequest, Received> handler) {
        routes.put(method + " " + path, handler);
        return this;
    }

    /** Accepts WebSocket upgrades on {@code path} (after recording them) and hands the socket to the test. */
    FakeKumod webSocket(String path, Consumer<ServerWebSocket> handler) {
        sockets.put(path, handler);
        return this;
    }

    /** The next request received, waiting for it if needed. */
    Received next() throws InterruptedException {
        Received next = received.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        assertNotNull(next, "the fake kumod received no request");
        return next;
    }

    /** Requests received and not yet taken with {@link #next()}. */
    int pending() {
        return received.size();
    }

    private void onRequest(HttpServerRequest request) {
        Consumer<ServerWebSocket> socketHandler = sockets.get(request.path());
        if (socketHandler != null && "websocket".equalsIgnoreCase(request.getHeader("Upgrade"))) {
            received.add(record(request, ""));
            request.toWebSocket().onSuccess(socketHandler::accept);
            return;
        }
        request.body().onSuccess(body -> {
            Received r = record(request, body.toString(StandardCharsets.UTF_8));
            received.add(r);
            routes.getOrDefault(r.method() + " " + r.path(), (req, ignored) -> req.response().setStatusCode(404).end())
                    .accept(request, r);
        });
    }

    private static Received record(HttpServerRequest request, String body) {
        return new Received(request.method().name(), request.path(), request.query(),
                MultiMap.caseInsensitiveMultiMap().addAll(request.headers()), body);
    }

    @Override
    public void close() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(WAIT_SECONDS, TimeUnit.SECONDS);
    }
}
