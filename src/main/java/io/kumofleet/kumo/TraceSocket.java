package io.kumofleet.kumo;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.MultiEmitter;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketConnectOptions;
import java.time.Duration;

/**
 * kumod's trace WebSockets: send exactly one text frame holding the filter, then emit every text
 * frame the node sends. Unlike kcli, {@code https://} nodes are traced over {@code wss://} and the
 * Authorization header is sent. Frames are read as the subscriber asks, so a slow subscriber makes
 * kumod report {@code Tracer Lagged behind} rather than filling our memory; cancelling closes the socket.
 */
final class TraceSocket {

    static final String CLIENT_PATH = "/api/admin/trace-smtp-client/v1";
    static final String SERVER_PATH = "/api/admin/trace-smtp-server/v1";

    private final WebSocketClient client;
    private final NodeTarget target;
    private final Duration timeout;
    private final KumoAnswers answers;

    TraceSocket(WebSocketClient client, NodeTarget target, Duration timeout, KumoAnswers answers) {
        this.client = client;
        this.target = target;
        this.timeout = timeout;
        this.answers = answers;
    }

    Multi<String> open(String path, JsonNode filter) {
        String operation = "GET " + path;
        String firstFrame = filter.toString();
        WebSocketConnectOptions options = new WebSocketConnectOptions()
                .setHost(target.host())
                .setPort(target.port())
                .setSsl(target.tls())
                .setURI(path)
                .setConnectTimeout(timeout.toMillis())
                .setTimeout(timeout.toMillis()); // the handshake; a trace itself may stay quiet for ever
        target.authorization().ifPresent(value -> options.addHeader(HttpHeaders.AUTHORIZATION.toString(), value));
        return Multi.createFrom().<String>emitter(emitter -> client.connect(options).onComplete(connected -> {
            if (connected.failed()) {
                emitter.fail(answers.failure(operation, connected.cause()));
            } else {
                stream(connected.result(), firstFrame, emitter, operation);
            }
        }));
    }

    private void stream(WebSocket socket, String firstFrame, MultiEmitter<? super String> emitter, String operation) {
        socket.pause();
        emitter.onTermination(socket::close);
        if (emitter.isCancelled()) {
            socket.close();
            return;
        }
        socket.textMessageHandler(emitter::emit);
        socket.exceptionHandler(failure -> emitter.fail(answers.failure(operation, failure)));
        socket.closeHandler(closed -> emitter.complete());
        socket.writeTextMessage(firstFrame)
                .onFailure(failure -> emitter.fail(answers.failure(operation, failure)));
        emitter.onRequest(socket::fetch);
        socket.fetch(emitter.requested());
    }
}
