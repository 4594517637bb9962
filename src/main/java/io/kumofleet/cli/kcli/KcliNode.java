package io.kumofleet.cli.kcli;

import com.fasterxml.jackson.databind.JsonNode;
import io.kumofleet.cli.kcli.format.KcliError;
import io.kumofleet.kumo.CancelOutcome;
import io.kumofleet.kumo.KumoClientFactory;
import io.kumofleet.kumo.KumoException;
import io.kumofleet.kumo.KumoHttpException;
import io.kumofleet.kumo.KumoNodeClient;
import io.kumofleet.kumo.MetricsReader;
import io.kumofleet.metrics.MetricsFormatException;
import io.kumofleet.metrics.PrometheusTextParser;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Iterator;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The node of one kcli run: each call gets kcli's total timeout, and every failure becomes the
 * {@link KcliError} kcli would print. Calls wait on the caller's (main) thread, never on an event loop.
 */
public final class KcliNode implements AutoCloseable {

    private final KumoClientFactory factory;
    private final KcliUrl endpoint;
    private final KumoNodeClient client;
    private final Duration timeout;

    KcliNode(KumoClientFactory factory, KcliUrl endpoint, KumoNodeClient client, Duration timeout) {
        this.factory = factory;
        this.endpoint = endpoint;
        this.client = client;
        this.timeout = timeout;
    }

    /** {@code path?name=value&...}, form-encoded as kcli's {@code query_pairs_mut} does; null values are left out. */
    static String target(String path, String... namesAndValues) {
        StringBuilder target = new StringBuilder(path);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                target.append(target.indexOf("?") < 0 ? '?' : '&')
                        .append(URLEncoder.encode(namesAndValues[i], StandardCharsets.UTF_8)).append('=')
                        .append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
            }
        }
        return target.toString();
    }

    /** One request to {@code target} (path and query, for messages), answered within the timeout. */
    <T> T call(String target, Function<KumoNodeClient, Uni<T>> request) {
        String url = url(target);
        try {
            return request.apply(client)
                    .ifNoItem().after(timeout).failWith(() -> KcliError.timedOut(url))
                    .await().indefinitely();
        } catch (KumoException failure) {
            throw KcliError.of(failure, url);
        }
    }

    /**
     * {@code GET /metrics} fed into {@code parser} chunk by chunk as the body arrives (the body is read
     * no faster than it is parsed, and never held whole), then finished; all within kcli's total
     * timeout, which in kcli also covers the streamed body.
     */
    void metrics(PrometheusTextParser parser) {
        String url = url("/metrics");
        // The stream's first item comes with the first chunk: from then on the body is arriving.
        AtomicBoolean receiving = new AtomicBoolean();
        try {
            MetricsReader.stream(client, parser)
                    .onItem().invoke(length -> receiving.set(true))
                    .onItem().ignoreAsUni()
                    .ifNoItem().after(timeout)
                    .failWith(() -> receiving.get() ? KcliError.bodyTimedOut() : KcliError.timedOut(url))
                    .await().indefinitely();
        } catch (KumoException failure) {
            MetricsFormatException garbled = MetricsReader.complaint(failure).orElse(null);
            if (garbled != null) {
                throw KcliError.metrics(garbled);
            }
            KcliError error = KcliError.of(failure, url);
            // The client's own wait for the next chunk may run out first: still a body that stalled.
            throw receiving.get() && error.isTimeout() ? KcliError.bodyTimedOut() : error;
        }
    }

    /** A cancel: kumod's text, or kcli's error for a 404 (kcli has no special case for "not found"). */
    String cancel(String target, Function<KumoNodeClient, Uni<CancelOutcome>> request) {
        CancelOutcome outcome = call(target, request);
        if (outcome instanceof CancelOutcome.NotFound notFound) {
            throw new KcliError("request status 404: Not Found. Response body: " + notFound.message());
        }
        return outcome.message();
    }

    /**
     * A trace: sends the filter and hands each event frame to {@code onFrame} until it answers
     * false or the node closes the socket. Failures are reported in tungstenite's words, as kcli does.
     */
    public void trace(String path, JsonNode filter, BiFunction<KumoNodeClient, JsonNode, Multi<String>> open,
            Predicate<String> onFrame) {
        url(path);
        try (Stream<String> frames = open.apply(client, filter).subscribe().asStream()) {
            Iterator<String> iterator = frames.iterator();
            while (hasNext(iterator)) {
                if (!onFrame.test(iterator.next())) {
                    return;
                }
            }
        }
        throw new KcliError("the node closed the trace connection");
    }

    @Override
    public void close() {
        if (client != null) {
            factory.close(client);
        }
    }

    private static boolean hasNext(Iterator<String> iterator) {
        try {
            return iterator.hasNext();
        } catch (CompletionException wrapped) {
            throw traceFailure(wrapped.getCause());
        } catch (KumoException failure) {
            throw traceFailure(failure);
        }
    }

    private static RuntimeException traceFailure(Throwable failure) {
        if (failure instanceof KumoHttpException http) {
            return new KcliError("HTTP error: " + http.status() + " " + KcliError.reason(http.status()));
        }
        if (failure instanceof KumoException) {
            String cause = String.valueOf(failure.getCause() == null ? failure.getMessage() : failure.getCause().getMessage());
            return new KcliError("IO error: " + (cause.contains("refused") ? "Connection refused (os error 111)" : cause));
        }
        return failure instanceof RuntimeException runtime ? runtime : new CompletionException(failure);
    }

    /** The request URL for messages (no user info), or kcli's error when the endpoint cannot take requests. */
    private String url(String target) {
        KcliUrl joined;
        try {
            joined = endpoint.join(target);
        } catch (KcliUrl.Invalid e) {
            throw new KcliError(e.getMessage());
        }
        if (client == null) {
            throw new KcliError("builder error for url (" + joined.redacted() + ")", "URL scheme is not allowed");
        }
        return joined.redacted();
    }
}
