package io.kumofleet.metrics;

/**
 * Receives the samples of the metrics a {@link MetricSelection} asked for, as the parser reads them.
 *
 * <p>The {@link Sample} is a view over the parser's buffer that is reused for the next line: read
 * what you need during the call and keep only the strings and numbers it returns.
 */
@FunctionalInterface
public interface SampleSink {

    /** Called once per selected sample, in payload order. */
    void accept(Sample sample);

    /** Called by {@link PrometheusTextParser#finish()} when the whole payload has been read without error. */
    default void finished() {}
}
