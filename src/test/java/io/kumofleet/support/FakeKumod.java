package io.kumofleet.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.kumofleet.contract.KumodSchema;
import io.kumofleet.kumo.Credentials;
import io.kumofleet.kumo.KumoEndpoint;
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
import java.util.Arrays;
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
import java.util.stream.Collectors;

/**
 * A fake kumod admin listener on its own Vert.x instance: it records every request (HTTP and WebSocket
 * upgrades), checks HTTP requests against kumod's API document, and answers what the test told it to,
 * or axum's empty 404 for anything else. Canned answers must be ones kumod could give, unless the test
 * asks for garbage on purpose.
 */
public final class FakeKumod implements AutoCloseable {

    public static final Path TLS = Path.of("src", "test", "resources", "tls");
    public static final long WAIT_SECONDS = HangGuard.LIMIT.toSeconds();

    /** One request as the fake received it; {@code body} is empty when none was sent. */
    public record Request(String method, String path, String rawQuery, MultiMap headers, String body) {

        public String target() {
            return rawQuery == null ? path : path + "?" + rawQuery;
        }

        public String contentType() {
            return headers.get("Content-Type");
        }

        public String authorization() {
            return headers.get("Authorization");
        }

        /** The query, form-decoded as kumod's serde_urlencoded reads it. */
        public Map<String, List<String>> query() {
            Map<String, List<String>> query = new LinkedHashMap<>();
            if (rawQuery != null && !rawQuery.isEmpty()) {
                for (String pair : rawQuery.split("&")) {
                    String[] parts = pair.split("=", 2);
                    query.computeIfAbsent(decode(parts[0]), k -> new ArrayList<>())
                            .add(parts.length < 2 ? "" : decode(parts[1]));
                }
            }
            return query;
        }

        /** The query parameters, each pair form-decoded, in order: {@code a=1&b=2}. */
        public String decodedQuery() {
            return rawQuery == null ? null
                    : Arrays.stream(rawQuery.split("&")).map(Request::decode).collect(Collectors.joining("&"));
        }

        private static String decode(String text) {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        }
    }

    private final Vertx vertx = Vertx.vertx();
    private final BlockingQueue<Request> received = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> violations = new LinkedBlockingQueue<>();
    private final Map<String, BiConsumer<HttpServerRequest, Request>> routes = new ConcurrentHashMap<>();
    private final Map<String, Consumer<ServerWebSocket>> sockets = new ConcurrentHashMap<>();
    private final boolean tls;
    private final HttpServer server;
    private boolean closed;

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

    public static FakeKumod start() throws Exception {
        return new FakeKumod(false);
    }

    /** An HTTPS listener whose certificate (for localhost) is signed by {@code tls/ca.pem}. */
    public static FakeKumod startTls() throws Exception {
        return new FakeKumod(true);
    }

    /** {@code http://127.0.0.1:<port>} (https for a TLS fake). */
    public String url() {
        return (tls ? "https" : "http") + "://127.0.0.1:" + server.actualPort();
    }

    public URI uri() {
        return URI.create(url());
    }

    public int port() {
        return server.actualPort();
    }

    /** An endpoint for this fake, named {@code node}; HTTPS fakes are trusted through {@code tls/ca.pem}. */
    public KumoEndpoint endpoint(String node, Credentials credentials, Duration timeout) {
        return new KumoEndpoint(node, uri(), credentials, timeout, false,
                tls ? Optional.of(TLS.resolve("ca.pem")) : Optional.empty());
    }

    /** Answers {@code method path} with a canned, kumod-like answer that must be valid per the document. */
    public FakeKumod answer(String method, String path, int status, String contentType, String body) {
        assertEquals(List.of(), KumodSchema.load().validateResponse(method, path, status, contentType, body),
                "the fake's canned answer must be one kumod could give");
        return answerAnything(method, path, status, contentType, body);
    }

    /** Answers with anything at all, e.g. the garbage of a broken node or proxy. */
    public FakeKumod answerAnything(String method, String path, int status, String contentType, String body) {
        return route(method, path, (request, r) -> headers(request.response().setStatusCode(status), contentType).end(body));
    }

    /** Answers 200 with the headers and {@code start} of a chunked body, then sends nothing more. */
    public FakeKumod stallAfter(String method, String path, String contentType, String start) {
        return route(method, path, (request, r) -> headers(request.response(), contentType).setChunked(true).write(start));
    }

    /** Never answers {@code method path}: the request is read and left hanging. */
    public FakeKumod silent(String method, String path) {
        return route(method, path, (request, r) -> {});
    }

    /** Handles {@code method path} with custom code (slow, streaming or silent answers). */
    public FakeKumod route(String method, String path, BiConsumer<HttpServerRequest, Request> handler) {
        routes.put(method + " " + path, handler);
        return this;
    }

    /** Accepts WebSocket upgrades on {@code path} (after recording them) and hands the socket to the test. */
    public FakeKumod webSocket(String path, Consumer<ServerWebSocket> handler) {
        sockets.put(path, handler);
        return this;
    }

    /** The next request received, waiting for it if needed. */
    public Request next() throws InterruptedException {
        Request next = received.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        assertNotNull(next, "the fake kumod received no request");
        return next;
    }

    /** Requests received and not yet taken with {@link #next()}. */
    public int pending() {
        return received.size();
    }

    /** Every way a received HTTP request departed from kumod's API document. */
    public List<String> violations() {
        return List.copyOf(violations);
    }

    private static HttpServerResponse headers(HttpServerResponse response, String contentType) {
        return contentType == null ? response : response.putHeader("Content-Type", contentType);
    }

    private void onRequest(HttpServerRequest request) {
        boolean upgrade = "websocket".equalsIgnoreCase(request.getHeader("Upgrade"));
        Consumer<ServerWebSocket> socketHandler = sockets.get(request.path());
        if (upgrade && socketHandler != null) {
            received.add(record(request, ""));
            request.toWebSocket().onSuccess(socketHandler::accept);
            return;
        }
        request.body().onSuccess(body -> {
            Request r = record(request, body.toString(StandardCharsets.UTF_8));
            if (!upgrade) {
                violations.addAll(KumodSchema.load().validateRequest(r.method(), r.target(), r.contentType(),
                        r.authorization(), r.body()));
            }
            received.add(r);
            routes.getOrDefault(r.method() + " " + r.path(), (req, ignored) -> req.response().setStatusCode(404).end())
                    .accept(request, r);
        });
    }

    private static Request record(HttpServerRequest request, String body) {
        return new Request(request.method().name(), request.path(), request.query(),
                MultiMap.caseInsensitiveMultiMap().addAll(request.headers()), body);
    }

    /** Stops the fake; closing it again (a test may stop its node early) does nothing. */
    @Override
    public synchronized void close() throws Exception {
        if (closed) {
            return;
        }
        closed = true;
        vertx.close().toCompletionStage().toCompletableFuture().get(WAIT_SECONDS, TimeUnit.SECONDS);
    }
}
