package io.kumofleet.cli.kcli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.kumofleet.contract.KumodSchema;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.ServerWebSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A fake kumod listener for the kcli commands: it records every request (HTTP and WebSocket
 * upgrades), checks HTTP requests against kumod's API document, and answers what the test told it
 * to, or axum's empty 404 for anything else. Canned answers must be ones kumod could give, unless
 * the test asks for garbage on purpose.
 */
public final class FakeNode implements AutoCloseable {

    static final String JSON = "application/json";
    static final String TEXT = "text/plain; charset=utf-8";
    public static final long WAIT_SECONDS = 10;

    /** One request as received; {@code body} is empty when none was sent. */
    record Request(String method, String path, String query, MultiMap headers, String body) {
        String target() {
            return query == null ? path : path + "?" + query;
        }

        /** The query parameters, form-decoded as kumod reads them, in order: {@code a=1&b=2}. */
        String decodedQuery() {
            return query == null ? null : java.util.Arrays.stream(query.split("&"))
                    .map(pair -> java.net.URLDecoder.decode(pair, StandardCharsets.UTF_8))
                    .collect(java.util.stream.Collectors.joining("&"));
        }
    }

    /** How the fake answers one route: status, content type (null: none), body, and whether it then stalls. */
    private record Answer(int status, String contentType, String body, boolean stall) {}

    private static final Answer SILENT = new Answer(0, null, null, false);

    private final Vertx vertx = Vertx.vertx();
    private final BlockingQueue<Request> received = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> violations = new LinkedBlockingQueue<>();
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final Map<String, Consumer<ServerWebSocket>> sockets = new ConcurrentHashMap<>();
    private final HttpServer server;

    private FakeNode() throws Exception {
        server = vertx.createHttpServer(new HttpServerOptions().setHost("127.0.0.1").setPort(0))
                .requestHandler(this::onRequest)
                .listen()
                .toCompletionStage().toCompletableFuture().get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    static FakeNode start() throws Exception {
        return new FakeNode();
    }

    /** {@code http://127.0.0.1:<port>}. */
    public String url() {
        return "http://127.0.0.1:" + server.actualPort();
    }

    int port() {
        return server.actualPort();
    }

    /** Answers {@code method path} as kumod could (checked against the API document). */
    FakeNode answer(String method, String path, int status, String contentType, String body) {
        assertEquals(List.of(), KumodSchema.load().validateResponse(method, path, status, contentType, body),
                "the fake's canned answer must be one kumod could give");
        return answerAnything(method, path, status, contentType, body);
    }

    /** Answers with anything at all, e.g. the garbage of a broken proxy. */
    FakeNode answerAnything(String method, String path, int status, String contentType, String body) {
        answers.put(method + " " + path, new Answer(status, contentType, body, false));
        return this;
    }

    /** Answers 200 with the headers and {@code start} of a chunked body, then sends nothing more. */
    FakeNode stallAfter(String method, String path, String contentType, String start) {
        answers.put(method + " " + path, new Answer(200, contentType, start, true));
        return this;
    }

    /** Never answers {@code method path}: the request is read and left hanging. */
    FakeNode silent(String method, String path) {
        answers.put(method + " " + path, SILENT);
        return this;
    }

    /** Accepts WebSocket upgrades on {@code path} and hands the socket to the test. */
    public FakeNode webSocket(String path, Consumer<ServerWebSocket> handler) {
        sockets.put(path, handler);
        return this;
    }

    /** The next request received, waiting for it if needed. */
    public Request next() throws InterruptedException {
        Request next = received.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        assertNotNull(next, "the fake node received no request");
        return next;
    }

    /** Requests received and not yet taken. */
    public int pending() {
        return received.size();
    }

    /** Every way a received HTTP request departed from kumod's API document. */
    List<String> violations() {
        return List.copyOf(violations);
    }

    private void onRequest(HttpServerRequest request) {
        if ("websocket".equalsIgnoreCase(request.getHeader("Upgrade"))) {
            onUpgrade(request);
            return;
        }
        request.body().onSuccess(buffer -> {
            Request r = new Request(request.method().name(), request.path(), request.query(),
                    MultiMap.caseInsensitiveMultiMap().addAll(request.headers()), buffer.toString(StandardCharsets.UTF_8));
            violations.addAll(KumodSchema.load().validateRequest(r.method(), r.target(),
                    r.headers().get("Content-Type"), r.headers().get("Authorization"), r.body()));
            received.add(r);
            Answer answer = answers.get(r.method() + " " + r.path());
            if (answer == null) {
                request.response().setStatusCode(404).end();
                return;
            }
            if (answer == SILENT) {
                return;
            }
            request.response().setStatusCode(answer.status());
            if (answer.contentType() != null) {
                request.response().putHeader("Content-Type", answer.contentType());
            }
            if (answer.stall()) {
                request.response().setChunked(true).write(answer.body());
                return;
            }
            request.response().end(answer.body());
        });
    }

    /** With a request handler set, Vert.x hands upgrade requests to it; they are accepted here. */
    private void onUpgrade(HttpServerRequest request) {
        received.add(new Request("GET", request.path(), request.query(),
                MultiMap.caseInsensitiveMultiMap().addAll(request.headers()), ""));
        Consumer<ServerWebSocket> handler = sockets.get(request.path());
        if (handler == null) {
            request.response().setStatusCode(404).end();
        } else {
            request.toWebSocket().onSuccess(handler::accept);
        }
    }

    @Override
    public void close() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(WAIT_SECONDS, TimeUnit.SECONDS);
    }
}
