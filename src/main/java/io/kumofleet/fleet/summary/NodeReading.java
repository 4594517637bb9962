package io.kumofleet.fleet.summary;

import io.kumofleet.metrics.NodeMetrics;
import io.kumofleet.metrics.PrometheusTextParser;
import io.kumofleet.metrics.SharedKeys;

/**
 * One node's reading for one kind of summary: its {@code /metrics} parsed as the body streams in
 * into the figures that kind needs, and for queue summaries its rule lists. It fills up while the
 * node answers; once its parser and then {@link #finish()} have passed it is complete and only read,
 * by as many summaries as share it.
 */
final class NodeReading {

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

    /** The parser that fills the figures: fed the body as it arrives, then finished, before {@link #finish()}. */
    PrometheusTextParser parser() {
        return parser;
    }

    void rules(RuleLists lists) {
        this.rules = lists;
    }

    /** Keeps the failure of a rule list for {@link #finish()}, so that a garbled body is what gets reported. */
    void rulesFailed(Throwable failure) {
        this.rulesFailure = failure;
    }

    /** Gives the complete reading once the parser has finished; throws if a rule list (when this kind needs them) failed. */
    NodeReading finish() {
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
}
