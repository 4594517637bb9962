package io.kumofleet.contract;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.RequestOptions;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A test-scope HTTP proxy in front of one kumod node (usually a simulated one): it forwards every
 * request as it came, streams the node's answer back, validates both with {@link KumodSchema}, and
 * records one {@link KumodExchange} per request before the client sees the end of the answer (so a
 * client whose call completed can assert on it at once). WebSocket upgrades (the trace endpoints)
 * are relayed by {@link WebSocketRelay}.
 *
 * <p>Every forwarded request uses a fresh connection to the node, so a node that restarts between
 * two requests is never met through a stale pooled connection. If the node cannot be reached the
 * proxy closes the client's connection: the client sees a transport failure, as it would without
 * the proxy, and the exchange is recorded with status 0.
 */
public final class ValidatingKumodProxy {

    /** Headers that describe one connection, not the message (RFC 9110 7.6.1), plus Host. */
    static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-connection", "proxy-authenticate",
            "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade", "host");

    private final URI target;
    private final KumodSchema schema;
    private final HttpClient client;
    private final HttpServer server;
    private final WebSocketRelay webSockets;
    private final List<KumodExchange> exchanges = new CopyOnWriteArrayList<>();

    private ValidatingKumodProxy(Vertx vertx, URI target, KumodSchema schema) {
        this.target = target;
        this.schema = schema;
        this.client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(false));
        this.webSockets = new WebSocketRelay(vertx, target, schema, exchanges::add);
        this.server = vertx.createHttpServer().requestHandler(this::forward);
    }

    /** Listens on an ephemeral port of 127.0.0.1 and forwards to {@code target} (scheme, host and port). */
    public static Future<ValidatingKumodProxy> start(Vertx vertx, URI target, KumodSchema schema) {
        ValidatingKumodProxy proxy = new ValidatingKumodProxy(vertx, target, schema);
        return proxy.server.listen(0, "127.0.0.1").map(proxy);
    }

    /** {@code http://127.0.0.1:<port>}: point the client here instead of at the node. */
    public URI url() {
        return URI.create("http://127.0.0.1:" + server.actualPort());
    }

    /** The node this proxy forwards to. */
    public URI target() {
        return target;
    }

    /** Every exchange so far, in the order they completed. */
    public List<KumodExchange> exchanges() {
        return List.copyOf(exchanges);
    }

    /** The exchanges that broke kumod's API document. */
    public List<KumodExchange> violations() {
        return exchanges.stream().filter(e -> !e.violations().isEmpty()).toList();
    }

    /** Forgets the exchanges so far. */
    public void clear() {
        exchanges.clear();
    }

    /** Stops listening and closes the connections to the node. */
    public Future<Void> stop() {
        return server.close().eventually(() -> client.close()).eventually(webSockets::close);
    }

    private void forward(HttpServerRequest request) {
        if (WebSocketRelay.isUpgrade(request)) {
            webSockets.forward(request);
            return;
        }
        request.body()
                .onSuccess(body -> send(request, body))
                .onFailure(failure -> request.connection().close());
    }

    private void send(HttpServerRequest request, Buffer body) {
        List<String> violations = new ArrayList<>(schema.validateRequest(request.method().name(), request.uri(),
                request.getHeader(HttpHeaders.CONTENT_TYPE), request.getHeader(HttpHeaders.AUTHORIZATION),
                body.toString(StandardCharsets.UTF_8)));
        RequestOptions options = new RequestOptions()
                .setMethod(request.method())
                .setHost(target.getHost())
                .setPort(target.getPort())
                .setURI(request.uri())
                .setHeaders(copy(request.headers(), true));
        client.request(options)
                .compose(upstream -> body.length() == 0 ? upstream.send() : upstream.send(body))
                .onSuccess(answer -> relay(request, answer, violations))
                .onFailure(failure -> {
                    record(request, 0, violations);
                    request.connection().close();
                });
    }

    private void relay(HttpServerRequest request, HttpClientResponse answer, List<String> violations) {
        HttpServerResponse response = request.response()
                .setStatusCode(answer.statusCode())
                .setStatusMessage(answer.statusMessage());
        // Always chunked: with the node's Content-Length the client would have the whole answer
        // before the exchange is recorded; the last chunk goes out only after recording.
        response.headers().addAll(copy(answer.headers(), true));
        response.setChunked(true);
        Buffer copy = Buffer.buffer();
        answer.handler(chunk -> {
            copy.appendBuffer(chunk);
            response.write(chunk);
            if (response.writeQueueFull()) {
                answer.pause();
                response.drainHandler(drained -> answer.resume());
            }
        });
        answer.exceptionHandler(failure -> {
            violations.add("the answer broke off: " + failure);
            record(request, 0, violations);
            response.reset();
        });
        answer.endHandler(end -> {
            violations.addAll(schema.validateResponse(request.method().name(), request.path(), answer.statusCode(),
                    answer.getHeader(HttpHeaders.CONTENT_TYPE), copy.toString(StandardCharsets.UTF_8)));
            record(request, answer.statusCode(), violations);
            response.end();
        });
    }

    private void record(HttpServerRequest request, int status, List<String> violations) {
        exchanges.add(new KumodExchange(request.method().name(), request.path(), request.query(), status, violations));
    }

    /** The end-to-end headers, without Content-Length when the proxy frames the body itself. */
    static MultiMap copy(MultiMap headers, boolean reframed) {
        MultiMap copy = MultiMap.caseInsensitiveMultiMap();
        headers.forEach((name, value) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (!HOP_BY_HOP.contains(lower) && !(reframed && lower.equals("content-length"))) {
                copy.add(name, value);
            }
        });
        return copy;
    }
}
