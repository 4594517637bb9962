package io.kumofleet.fleet.summary;

import io.kumofleet.kumo.KumoBadResponseException;
import io.kumofleet.metrics.MetricsFormatException;
import io.kumofleet.metrics.NodeMetrics;
import io.kumofleet.metrics.PrometheusTextParser;
import io.netty.buffer.ByteBuf;
import io.vertx.mutiny.core.buffer.Buffer;

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
    private byte[] scratch = new byte[0];
    private volatile RuleLists rules;
    private volatile Throwable rulesFailure;

    NodeReading(String node, ReadingKind kind) {
        this(node, kind, NodeMetrics.Sizes.SMALL);
    }

    /** A reading with room for as many queues or providers as {@code expected} (the node's previous reading). */
    NodeReading(String node, ReadingKind kind, NodeMetrics.Sizes expected) {
        this.node = node;
        this.kind = kind;
        this.metrics = new NodeMetrics(kind == ReadingKind.QUEUES, kind == ReadingKind.PROVIDERS, expected);
        this.parser = metrics.parser();
    }

    /**
     * Parses the next chunk of the body (on the thread that delivers it, without keeping it): in
     * place when the chunk is on the heap, as Vert.x delivers it, else through a scratch copy.
     */
    NodeReading feed(Buffer chunk) {
        ByteBuf bytes = chunk.getDelegate().getByteBuf();
        int length = bytes.readableBytes();
        try {
            if (bytes.hasArray()) {
                parser.feed(bytes.array(), bytes.arrayOffset() + bytes.readerIndex(), length);
            } else {
                if (length > scratch.length) {
                    scratch = new byte[Math.max(length, scratch.length * 2)];
                }
                bytes.getBytes(bytes.readerIndex(), scratch, 0, length);
                parser.feed(scratch, 0, length);
            }
        } catch (MetricsFormatException e) {
            throw notPrometheusText(e);
        }
        return this;
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
        scratch = null;
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
