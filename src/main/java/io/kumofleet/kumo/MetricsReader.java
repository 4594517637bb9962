package io.kumofleet.kumo;

import io.kumofleet.metrics.MetricSelection;
import io.kumofleet.metrics.MetricsFormatException;
import io.kumofleet.metrics.PrometheusTextParser;
import io.kumofleet.metrics.SampleSink;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import java.util.Optional;

/**
 * A node's {@code /metrics} streamed into a {@link PrometheusTextParser} as the body arrives, never
 * held whole, a body that is not Prometheus text failing as a {@link KumoBadResponseException}.
 */
public final class MetricsReader {

    private static final String OPERATION = "GET " + MetricsStream.PATH;

    private MetricsReader() {}

    /**
     * {@link KumoNodeClient#metrics}'s progress items (bytes parsed since the previous item), with the
     * same demand and timeouts; completes once {@code parser} has finished the whole body. A body the
     * parser refuses, half-way or at its end (cut off mid-line), fails as a
     * {@link KumoBadResponseException} whose message gives the parser's line and reason and whose
     * cause is the parser's {@link MetricsFormatException} (see {@link #complaint}).
     */
    public static Multi<Integer> stream(KumoNodeClient client, PrometheusTextParser parser) {
        String node = client.endpoint().name();
        return client.metrics(parser::feed)
                .onCompletion().invoke(parser::finish)
                .onFailure(MetricsFormatException.class)
                .transform(garbled -> notPrometheusText(node, (MetricsFormatException) garbled));
    }

    /** Like {@link #stream}, into a parser of its own for each subscription; completes when the whole body is parsed. */
    public static Uni<Void> read(KumoNodeClient client, MetricSelection selection, SampleSink sink) {
        return Multi.createFrom().deferred(() -> stream(client, new PrometheusTextParser(selection, sink)))
                .onItem().ignoreAsUni();
    }

    /** The parser's complaint when {@code failure} is this reader's report of a body that is not Prometheus text. */
    public static Optional<MetricsFormatException> complaint(Throwable failure) {
        return failure instanceof KumoBadResponseException bad && bad.getCause() instanceof MetricsFormatException garbled
                ? Optional.of(garbled)
                : Optional.empty();
    }

    private static KumoBadResponseException notPrometheusText(String node, MetricsFormatException e) {
        return new KumoBadResponseException(node, "node " + node + ": " + OPERATION
                + " answered a body that is not Prometheus text as kumod writes it: line " + e.lineNumber() + ": "
                + e.reason() + ": '" + e.excerpt() + "'", e);
    }
}
