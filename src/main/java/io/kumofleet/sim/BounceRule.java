package io.kumofleet.sim;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** One admin bounce: its criteria, lifetime and how many messages it bounced from each queue so far. */
final class BounceRule implements CriteriaRule {

    private final UUID id;
    private final QueueCriteria criteria;
    private final String reason;
    private final boolean suppressLogging;
    private final Instant expires;
    private final Map<String, Long> bounced = new TreeMap<>();

    BounceRule(UUID id, QueueCriteria criteria, String reason, boolean suppressLogging, Instant expires) {
        this.id = id;
        this.criteria = criteria;
        this.reason = reason;
        this.suppressLogging = suppressLogging;
        this.expires = expires;
    }

    @Override
    public UUID id() {
        return id;
    }

    @Override
    public QueueCriteria criteria() {
        return criteria;
    }

    @Override
    public String reason() {
        return reason;
    }

    boolean suppressLogging() {
        return suppressLogging;
    }

    @Override
    public Instant expires() {
        return expires;
    }

    void count(String queueName, long n) {
        if (n > 0) {
            bounced.merge(queueName, n, Long::sum);
        }
    }

    Map<String, Long> bounced() {
        return new TreeMap<>(bounced);
    }

    long totalBounced() {
        return bounced.values().stream().mapToLong(Long::longValue).sum();
    }
}
