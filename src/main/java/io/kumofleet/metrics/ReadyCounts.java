package io.kumofleet.metrics;

/** A ready queue's figures, kcli's D, T, C and Q columns. */
public record ReadyCounts(long delivered, long transfail, long connections, long ready) {

    /** kcli's {@code --by-volume} key: D + T + C + Q. */
    public long volume() {
        return Counts.add(Counts.add(delivered, transfail), Counts.add(connections, ready));
    }
}
