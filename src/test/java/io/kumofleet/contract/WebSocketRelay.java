package io.kumofleet.contract;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.http.UpgradeRejectedException;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketConnectOptions;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The WebSocket half of {@link ValidatingKumodProxy}: opens the same WebSocket on the node, then
 * relays text and binary messages both ways until either side closes. The upgrade request is
 * validated like any request; a refused upgrade is relayed and validated like any answer; an
 * accepted one (101) has nothing to validate, as kumod's document cannot describe WebSocket answers.
 */
final class WebSocketRelay {

    /** A node that accepts the connection but never answers the handshake counts as no answer. */
    private static final long HANDSHAKE_TIMEOUT_MILLIS = 5_000;

    private final URI target;
    private final KumodSchema schema;
    private final WebSocketClient client;
    private final Consumer<KumodExchange> record;

    WebSocketRelay(Vertx vertx, URI target, KumodSchema schema, Consumer<KumodExchange> record) {
        this.target = target;
        this.schema = schema;
        this.client = vertx.createWebSocketClient();
        this.record = record;
    }

    static boolean isUpgrade(HttpServerRequest request) {
        String upgrade = request.getHeader(HttpHeaders.UPGRADE);
        return upgrade != null && upgrade.toLowerCase(Locale.ROOT).equals("websocket");
    }

    void forward(HttpServerRequest request) {
        request.pause();
        List<String> violations = new ArrayList<>(schema.validateRequest(request.method().name(), request.uri(),
                request.getHeader(HttpHeaders.CONTENT_TYPE), request.getHeader(HttpHeaders.AUTHORIZATION), ""));
        WebSocketConnectOptions options = new WebSocketConnectOptions()
                .setHost(target.getHost())
                .setPort(target.getPort())
                .setURI(request.uri())
                .setTimeout(HANDSHAKE_TIMEOUT_MILLIS);
        endToEnd(request.headers()).forEach((name, value) -> options.addHeader(name, value));
        client.connect(options).onComplete(connected -> {
            if (connected.succeeded()) {
                record.accept(exchange(request, 101, violations));
                relay(request, connected.result());
            } else if (connected.cause() instanceof UpgradeRejectedException rejected) {
                refuse(request, rejected, violations);
            } else {
                record.accept(exchange(request, 0, violations));
                request.connection().close();
            }
        });
    }

    Future<Void> close() {
        return client.close();
    }

    private void relay(HttpServerRequest request, WebSocket node) {
        node.pause();
        request.toWebSocket().onComplete(accepted -> {
            if (accepted.failed()) {
                node.close();
                return;
            }
            ServerWebSocket client = accepted.result();
            client.textMessageHandler(node::writeTextMessage);
            client.binaryMessageHandler(node::writeBinaryMessage);
            node.textMessageHandler(client::writeTextMessage);
            node.binaryMessageHandler(client::writeBinaryMessage);
            client.closeHandler(closed -> node.close());
            node.closeHandler(closed -> client.close(node.closeStatusCode() == null ? 1000 : node.closeStatusCode(),
                    node.closeReason()));
            node.resume();
        });
    }

    private void refuse(HttpServerRequest request, UpgradeRejectedException rejected, List<String> violations) {
        MultiMap headers = rejected.getHeaders() == null ? MultiMap.caseInsensitiveMultiMap() : rejected.getHeaders();
        Buffer body = rejected.getBody() == null ? Buffer.buffer() : rejected.getBody();
        violations.addAll(schema.validateResponse(request.method().name(), request.path(), rejected.getStatus(),
                headers.get(HttpHeaders.CONTENT_TYPE), body.toString(StandardCharsets.UTF_8)));
        record.accept(exchange(request, rejected.getStatus(), violations));
        request.response().setStatusCode(rejected.getStatus());
        request.response().headers().addAll(ValidatingKumodProxy.copy(headers, false));
        request.response().end(body);
    }

    /** The request's end-to-end headers, minus the handshake's own, which the client to the node makes anew. */
    private static MultiMap endToEnd(MultiMap headers) {
        MultiMap copy = ValidatingKumodProxy.copy(headers, true);
        headers.names().stream().filter(n -> n.toLowerCase(Locale.ROOT).startsWith("sec-websocket-")).forEach(copy::remove);
        return copy;
    }

    private static KumodExchange exchange(HttpServerRequest request, int status, List<String> violations) {
        return new KumodExchange(request.method().name(), request.path(), request.query(), status, violations);
    }
}
