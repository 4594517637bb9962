package io.kumofleet.fleet;

import io.kumofleet.fanout.FleetNode;
import io.kumofleet.kumo.KumoBadResponseException;
import io.kumofleet.metrics.MetricSelection;
import io.kumofleet.metrics.MetricsFormatException;
import io.kumofleet.metrics.PrometheusTextParser;
import io.kumofleet.metrics.SampleSink;
import io.smallrye.mutiny.Uni;

/** Streams a node's {@code /metrics} into a parser chunk by chunk, never holding the whole body. */
public final class NodeMetricsReader {

    private NodeMetricsReader() {}

    /**
     * Completes when the whole body is parsed; fails with the parser's error (line number
     * included) when the node sends something that is not kumod's Prometheus text.
     */
    public static Uni<Void> read(FleetNode node, MetricSelection selection, SampleSink sink) {
        return Uni.createFrom().deferred(() -> {
            PrometheusTextParser parser = new PrometheusTextParser(selection, sink);
            return node.client().metrics(parser::feed)
                    .onItem().ignoreAsUni()
                    .invoke(parser::finish)
                    .onFailure(MetricsFormatException.class).transform(e -> new KumoBadResponseException(
                            node.name(), "unreadable /metrics: " + e.getMessage(), e));
        });
    }
}
