package io.kumofleet.fleet.summary;

import io.kumofleet.kumo.KumoBadResponseException;
import io.kumofleet.metrics.MetricsFormatException;
import io.kumofleet.metrics.NodeMetrics;
import io.kumofleet.metrics.PrometheusTextParser;
import io.kumofleet.metrics.SharedKeys;

/**
 * One node's reading for one kind of summary: its {@code /metrics} parsed as the body streams in
 * into the figures that kind needs, and for queue summaries its rule lists. It fills up while the
 * node answers; once {@link #finish()} has passed it is complete and only read, by as many
 * summaries as share it.
 */
final class NodeReading {

    private static final String OPERATION = "GET /metrics";

    private final String node;
    private final ReadingKind kind;
    private final NodeMetrics metrics;
    private final PrometheusTextParser parser;
    private volatile RuleLists rules;
    private volatile Throwable rulesFailure;

    NodeReading(String node, ReadingKind kind) {
        this(node, kind, NodeMetrics.Sizes.SMALL, new SharedKeys());
    }

    /**
     * A reading with room for as many queues or providers as {@code expected} (the node's previous
     * reading), keeping their names in {@code keys}, shared with the other nodes' readings.
     */
    NodeReading(String node, ReadingKind kind, NodeMetrics.Sizes expected, SharedKeys keys) {
        this.node = node;
        this.kind = kind;
        this.metrics = new NodeMetrics(kind == ReadingKind.QUEUES, kind == ReadingKind.PROVIDERS, expected, keys);
        this.parser = metrics.parser();
    }

    /** Parses the next chunk of the body, on the thread that delivers it, without keeping it. */
    void feed(byte[] bytes, int offset, int length) {
        try {
            parser.feed(bytes, offset, length);
        } catch (MetricsFormatException e) {
            throw notPrometheusText(e);
        }
    }

    void rules(RuleLists lists) {
        this.rules = lists;
    }

    /** Keeps the failure of a rule list for {@link #finish()}, so that a garbled body is what gets reported. */
    void rulesFailed(Throwable failure) {
        this.rulesFailure = failure;
    }

    /**
     * Ends the body and gives the complete reading; throws if it ends mid-line or if a rule list
     * (when this kind needs them) failed.
     */
    NodeReading finish() {
        try {
            parser.finish();
        } catch (MetricsFormatException e) {
            throw notPrometheusText(e);
        }
        if (rulesFailure != null) {
            throw rulesFailure instanceof RuntimeException r ? r : new IllegalStateException(rulesFailure);
        }
        if (rules == null && kind.needsRules()) {
            throw new IllegalStateException("node " + node + ": the rule lists never arrived");
        }
        return this;
    }

    NodeMetrics metrics() {
        return metrics;
    }

    RuleLists rules() {
        return rules;
    }

    private KumoBadResponseException notPrometheusText(MetricsFormatException e) {
        return new KumoBadResponseException(node, "node " + node + ": " + OPERATION
                + " answered a body that is not Prometheus text as kumod writes it: line " + e.lineNumber() + ": "
                + e.reason() + ": '" + e.excerpt() + "'", e);
    }
}
