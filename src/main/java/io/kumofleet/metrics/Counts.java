package io.kumofleet.metrics;

/** kcli's arithmetic on sample values: Rust's saturating {@code f64 as usize} and summing. */
public final class Counts {

    private Counts() {}

    /**
     * The value as a non-negative count, like Rust's {@code value as usize}: the fraction is
     * dropped, NaN and negatives give 0, and values past {@link Long#MAX_VALUE} (including
     * {@code +Inf}) stay at {@link Long#MAX_VALUE} (usize would go to 2^64-1).
     */
    public static long of(double value) {
        if (!(value > 0)) {
            return 0;
        }
        return (long) value;
    }

    /** {@code a + b} for counts, stopping at {@link Long#MAX_VALUE} instead of wrapping. */
    public static long add(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }
}
