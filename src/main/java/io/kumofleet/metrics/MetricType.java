package io.kumofleet.metrics;

/** The Prometheus metric types kcli's parser accepts in a {@code # TYPE} line. */
public enum MetricType {
    COUNTER,
    GAUGE,
    HISTOGRAM
}
