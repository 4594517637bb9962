package io.kumofleet.sim;

import java.util.Arrays;

/** kumod's deliver_message_latency_rollup for one protocol: Prometheus default buckets, in seconds. */
final class LatencyHistogram {

    static final double[] BOUNDS = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};

    private final long[] buckets = new long[BOUNDS.length];
    private long count;
    private double sum;

    void observe(double seconds) {
        for (int i = 0; i < BOUNDS.length; i++) {
            if (seconds <= BOUNDS[i]) {
                buckets[i]++;
            }
        }
        count++;
        sum += seconds;
    }

    /** Cumulative count of observations at or below {@code BOUNDS[i]}. */
    long cumulative(int i) {
        return buckets[i];
    }

    long count() {
        return count;
    }

    double sum() {
        return sum;
    }

    void reset() {
        Arrays.fill(buckets, 0);
        count = 0;
        sum = 0;
    }
}
