package io.kumofleet.bench;

import io.kumofleet.metrics.MetricSelection;
import io.kumofleet.metrics.NodeMetrics;
import io.kumofleet.metrics.PrometheusTextParser;
import io.kumofleet.metrics.ProviderFigures;
import io.kumofleet.metrics.ProviderGrouping;
import io.kumofleet.metrics.QueueFigures;
import io.kumofleet.metrics.Sample;
import io.kumofleet.metrics.SharedKeys;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Parses a busy kumod {@code /metrics} payload ({@link BusyPayload}) fed in 16 KiB chunks, on one
 * thread; each operation is one sample line, so the scores are samples per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ParserBenchmark {

    private static final int CHUNK = 16 * 1024;

    private byte[] payload;
    /** The payload's names, as the fleet's shared names hold them after a node's first reading. */
    private SharedKeys knownNames;
    private NodeMetrics.Sizes knownSizes;

    @Setup
    public void generate() {
        payload = BusyPayload.generate();
        knownNames = new SharedKeys();
        NodeMetrics first = new NodeMetrics(true, false, NodeMetrics.Sizes.SMALL, knownNames);
        feed(first.parser());
        knownSizes = first.sizes();
    }

    /** What queue-summary does per node: 5 of the metrics kept, with their queue names interned. */
    @Benchmark
    @OperationsPerInvocation(BusyPayload.SAMPLES)
    public QueueFigures queueSummary() {
        QueueFigures figures = new QueueFigures();
        feed(figures.parser());
        return figures;
    }

    /**
     * What the gateway's queue summary does per node once the fleet's shared names hold the node's
     * queues (every reading after the first): names are looked up, not added.
     */
    @Benchmark
    @OperationsPerInvocation(BusyPayload.SAMPLES)
    public NodeMetrics queueSummaryKnownNames() {
        NodeMetrics figures = new NodeMetrics(true, false, knownSizes, knownNames);
        feed(figures.parser());
        return figures;
    }

    /** What provider-summary --by-pool does per node. */
    @Benchmark
    @OperationsPerInvocation(BusyPayload.SAMPLES)
    public ProviderFigures providerSummaryByPool() {
        ProviderFigures figures = new ProviderFigures(ProviderGrouping.BY_POOL, false);
        feed(figures.parser());
        return figures;
    }

    /** Every line validated, none selected: the floor cost of reading the payload. */
    @Benchmark
    @OperationsPerInvocation(BusyPayload.SAMPLES)
    public long validateOnly() {
        PrometheusTextParser parser = new PrometheusTextParser(MetricSelection.of("no_such_metric"), s -> { });
        feed(parser);
        return parser.samples();
    }

    /** Every sample handed to the sink, which reads only its value (no strings built). */
    @Benchmark
    @OperationsPerInvocation(BusyPayload.SAMPLES)
    public void everySampleValue(Blackhole blackhole) {
        feed(new PrometheusTextParser(MetricSelection.all(), (Sample s) -> blackhole.consume(s.value())));
    }

    private void feed(PrometheusTextParser parser) {
        byte[] data = payload;
        for (int at = 0; at < data.length; at += CHUNK) {
            parser.feed(data, at, Math.min(CHUNK, data.length - at));
        }
        parser.finish();
    }
}
