package io.kumofleet.metrics;

/** A provider row's figures, kcli's D, T, F, C and Q columns. */
public record ProviderCounts(long delivered, long transfail, long fail, long connections, long queued) {

    /** kcli's sort key: D + T + F + Q (connections do not count). */
    public long volume() {
        return Counts.add(Counts.add(delivered, transfail), Counts.add(fail, queued));
    }
}
