package io.kumofleet.fanout;

import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

/**
 * Per node, at most one call under way that everyone asking meanwhile shares (single flight), and
 * its outcome kept for a while after it ends, so that a burst of requests costs a node one call.
 * For reads that are costly to a node, such as its {@code /metrics}.
 *
 * <p>A kept outcome is forgotten once it is older than the keep time, and with it whatever it
 * holds; a keep time of zero only shares calls under way. Several of these can share a
 * {@link OneCallPerNode}, so that a node's calls for different purposes run one after the other.
 */
public final class SharedOutcomes<T> {

    private final Duration keep;
    private final OneCallPerNode oneAtATime;
    private final ConcurrentMap<String, Flight> flights = new ConcurrentHashMap<>();

    public SharedOutcomes(Duration keep) {
        this(keep, new OneCallPerNode());
    }

    /** Calls a node only once its calls given out by {@code oneAtATime} (for this or another purpose) have ended. */
    public SharedOutcomes(Duration keep, OneCallPerNode oneAtATime) {
        if (keep.isNegative()) {
            throw new IllegalArgumentException("keep time must not be negative: " + keep);
        }
        this.keep = keep;
        this.oneAtATime = oneAtATime;
    }

    /** The outcome for {@code node}: of the call under way or kept, else of a new call {@code call} starts. */
    public Uni<NodeOutcome<T>> outcome(String node, Supplier<Uni<NodeOutcome<T>>> call) {
        return flights.compute(node, (name, flight) -> flight != null && flight.fresh()
                ? flight : new Flight(oneAtATime.after(name, call), () -> forget(name)))
                .outcome;
    }

    private void forget(String node) {
        Flight ended = flights.get(node);
        if (ended == null || ended.fresh()) {
            return;
        }
        flights.remove(node, ended);
    }

    /** One call, shared by every subscriber through {@link Uni#memoize()}. */
    private final class Flight {

        final Uni<NodeOutcome<T>> outcome;
        private volatile long endedAt;
        private volatile boolean ended;

        Flight(Uni<NodeOutcome<T>> call, Runnable forget) {
            this.outcome = call
                    .invoke(() -> {
                        endedAt = System.nanoTime();
                        ended = true;
                        if (keep.isZero()) {
                            forget.run();
                        } else {
                            // A timer, not the next request, lets go of what the outcome holds.
                            Uni.createFrom().voidItem().onItem().delayIt().by(keep.plusMillis(1))
                                    .subscribe().with(v -> forget.run());
                        }
                    })
                    .memoize().indefinitely();
        }

        boolean fresh() {
            return !ended || System.nanoTime() - endedAt < keep.toNanos();
        }
    }
}
