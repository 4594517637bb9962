package io.kumofleet.sim;

import java.util.function.IntFunction;
import java.util.function.IntSupplier;

/**
 * One metric as kumod exports it: name, help, type, label names and a row source read lazily, so
 * writers can stream a family of 100,000 samples without materialising it.
 *
 * @param histograms for histogram families, the histogram of each row
 * @param compact true for families from the prometheus crate's registry ({@code ,} between labels,
 *     float-style values); false for KumoMTA's streaming collectors ({@code ", "}, integers)
 */
record MetricFamily(String name, String help, String type, String[] labels, boolean compact,
        Runnable begin, IntSupplier rows, Rows source, IntFunction<LatencyHistogram> histograms) {

    /** A counter or gauge family. */
    MetricFamily(String name, String help, String type, String[] labels, boolean compact, Runnable begin,
            IntSupplier rows, Rows source) {
        this(name, help, type, labels, compact, begin, rows, source, null);
    }

    /** Fills label values and the value of row {@code i}; false skips the row. */
    @FunctionalInterface
    interface Rows {
        boolean row(int i, String[] labelValues, long[] value);
    }

    static final Runnable NOTHING = () -> {};

    boolean isHistogram() {
        return histograms != null;
    }
}
