package io.kumofleet.kumo;

import io.smallrye.mutiny.Multi;
import io.vertx.core.Context;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.core.http.HttpClient;
import io.vertx.mutiny.core.http.HttpClientRequest;
import io.vertx.mutiny.core.http.HttpClientResponse;
import java.time.Duration;

/**
 * {@code GET /metrics} as a stream of chunks, read only as fast as the subscriber asks.
 *
 * <p>Why Vert.x and not the REST client: Quarkus 3.33's REST client can return a {@code Multi} of
 * chunks, but it reads the response without regard to demand ({@code MultiInvoker} resumes the
 * response and buffers what the subscriber has not requested; quarkusio/quarkus#56462 fixes that
 * later), so a slow consumer of a node's hundreds of megabytes would hold them all in memory.
 * {@link HttpClientResponse#toMulti()} pauses the response and fetches on request. The node timeout
 * applies to each wait for a chunk (including a subscriber that stops asking for that long), not to
 * the whole body: kcli's 60 s total fails on big nodes.
 */
final class MetricsStream {

    static final String PATH = "/metrics";
    private static final String OPERATION = "GET " + PATH;

    private final HttpClient client;
    private final Context context;
    private final NodeTarget target;
    private final Duration timeout;
    private final KumoAnswers answers;

    /** Reads on {@code context}: the body's chunks, and whatever the subscriber does with them, run on its event loop. */
    MetricsStream(HttpClient client, Context context, NodeTarget target, Duration timeout, KumoAnswers answers) {
        this.client = client;
        this.context = context;
        this.target = target;
        this.timeout = timeout;
        this.answers = answers;
    }

    Multi<Buffer> open() {
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.GET)
                .setHost(target.host())
                .setPort(target.port())
                .setSsl(target.tls())
                .setURI(PATH)
                .setConnectTimeout(timeout.toMillis())
                .setIdleTimeout(timeout.toMillis());
        target.authorization().ifPresent(value -> options.putHeader(HttpHeaders.AUTHORIZATION.toString(), value));
        // Sent from the stream's own context, the request's handlers (and so the parsing) run on its event loop.
        return client.request(options)
                .onItem().transformToMulti(this::send)
                .onFailure().transform(failure -> answers.failure(OPERATION, failure))
                .runSubscriptionOn(task -> context.runOnContext(v -> task.run()));
    }

    private Multi<Buffer> send(HttpClientRequest request) {
        return request.send()
                .onItem().transformToMulti(this::body)
                // Cancelling must close the connection, not drain the rest of the body. The reset runs
                // once the cancellation is through: done at once, the failure it raises would reach
                // the subscriber ahead of whatever made it cancel (e.g. a line it could not parse).
                .onCancellation().invoke(() -> later(request::reset));
    }

    private static void later(Runnable action) {
        io.vertx.core.Context context = io.vertx.core.Vertx.currentContext();
        if (context == null) {
            action.run();
        } else {
            context.runOnContext(v -> action.run());
        }
    }

    private Multi<Buffer> body(HttpClientResponse response) {
        int status = response.statusCode();
        if (status >= 200 && status <= 299) {
            // Vert.x's request timeout ends with the headers: a body that stalls is caught here.
            return response.toMulti()
                    .plug(chunks -> ItemTimeout.of(chunks, timeout, () -> answers.timedOut(OPERATION, "sent no data")));
        }
        return response.body()
                .ifNoItem().after(timeout).failWith(() -> answers.timedOut(OPERATION, "sent no complete error"))
                .onItem().transformToMulti(body -> Multi.createFrom().failure(
                        answers.httpError(status, response.statusMessage(), body.getBytes())));
    }
}
