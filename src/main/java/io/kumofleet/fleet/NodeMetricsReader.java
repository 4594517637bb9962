package io.kumofleet.fleet;

import io.kumofleet.fanout.FleetNode;
import io.kumofleet.kumo.KumoBadResponseException;
import io.kumofleet.kumo.MetricsReader;
import io.kumofleet.metrics.MetricSelection;
import io.kumofleet.metrics.SampleSink;
import io.smallrye.mutiny.Uni;

/** {@link MetricsReader} for a fleet node, with a garbled body worded as the dry runs' per-node reason has always been. */
public final class NodeMetricsReader {

    private NodeMetricsReader() {}

    /**
     * Completes when the whole body is parsed; fails with {@code unreadable /metrics: } and the
     * parser's error (line number included) when the node sends something that is not kumod's Prometheus text.
     */
    public static Uni<Void> read(FleetNode node, MetricSelection selection, SampleSink sink) {
        return MetricsReader.read(node.client(), selection, sink)
                .onFailure().transform(failure -> MetricsReader.complaint(failure)
                        .<Throwable>map(garbled -> new KumoBadResponseException(
                                node.name(), "unreadable /metrics: " + garbled.getMessage(), garbled))
                        .orElse(failure));
    }
}
