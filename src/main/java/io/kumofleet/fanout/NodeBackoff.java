package io.kumofleet.fanout;

import io.kumofleet.config.FleetConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps background work off a sick node: after each consecutive failure the node waits twice as
 * long (from {@code kumo.fleet.backoff-base} up to {@code kumo.fleet.backoff-max}) before the
 * next background call; one success clears it. Calls an operator makes are never held back.
 */
@ApplicationScoped
public class NodeBackoff {

    private record Streak(int failures, Instant nextAllowed) {}

    private final Map<String, Streak> streaks = new ConcurrentHashMap<>();
    private final Duration base;
    private final Duration max;
    private final Clock clock;

    public NodeBackoff(FleetConfig config, Clock clock) {
        this.base = config.backoffBase();
        this.max = config.backoffMax();
        this.clock = clock;
    }

    /** True when background work may call this node now. */
    public boolean allows(String node) {
        Streak streak = streaks.get(node);
        return streak == null || !clock.instant().isBefore(streak.nextAllowed());
    }

    /** The instant background calls to this node resume, if it is backing off. */
    public Instant resumesAt(String node) {
        Streak streak = streaks.get(node);
        return streak == null ? clock.instant() : streak.nextAllowed();
    }

    void succeeded(String node) {
        streaks.remove(node);
    }

    void failed(String node) {
        streaks.compute(node, (n, s) -> {
            int failures = s == null ? 1 : s.failures() + 1;
            Duration wait = base.multipliedBy(1L << Math.min(failures - 1, 20));
            if (wait.compareTo(max) > 0) {
                wait = max;
            }
            return new Streak(failures, clock.instant().plus(wait));
        });
    }
}
