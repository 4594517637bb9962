package io.kumofleet.schedule;

import io.kumofleet.fleet.directive.FleetTag;
import io.kumofleet.store.ScheduleRecord;
import io.kumofleet.store.ScheduleRunRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The database side of firing, exactly once across gateway replicas: a replica takes the lease on a
 * batch of due schedules and records each one's window as a run (unique per window) with the fleet
 * id of the directive it will create, in one transaction; once the window is fired (or failed) it
 * records that, moves the schedule on and gives the lease back. Each public method is one transaction.
 */
@ApplicationScoped
public class ScheduleClaims {

    static final String FIRING = "firing";
    static final String FIRED = "fired";
    static final String MISSED = "missed";
    static final String FAILED = "failed";

    /**
     * Locks due schedules nobody holds a lease on; SKIP LOCKED lets replicas claiming at the same
     * time split them instead of waiting for each other (PostgreSQL and H2 both have it). The lease
     * condition is checked on the locked row, so of several replicas exactly one wins each.
     */
    private static final String DUE = "SELECT id FROM schedule WHERE state = 'active' AND next_due_at <= :now "
            + "AND (claimed_until IS NULL OR claimed_until < :now) ORDER BY next_due_at LIMIT :limit "
            + "FOR UPDATE SKIP LOCKED";

    /** What one claim did: how many schedules it took, and the windows to fire now. */
    public record Claim(int schedules, List<Firing> firings) {}

    private final ScheduleStore store;

    public ScheduleClaims(ScheduleStore store) {
        this.store = store;
    }

    /** Looked up when used: command mode has no persistence unit, and must be able to build this bean. */
    private static EntityManager em() {
        return ScheduleRecord.getEntityManager();
    }

    /**
     * Takes the lease (until {@code until}) on up to {@code limit} due schedules, earliest first, and
     * records the run of each one's due window: missed when the window is over (then its next window
     * is looked at), else firing. A window already recorded as firing (a firing cut short by a crash)
     * is fired again with the directive id it recorded. Schedules left without a window to fire are
     * moved to their next window (or finished) and released at once.
     */
    @Transactional
    public Claim claim(String owner, Instant now, Instant until, int limit) {
        List<String> ids = ((List<?>) em().createNativeQuery(DUE).setParameter("now", now)
                .setParameter("limit", limit).getResultList()).stream().map(String.class::cast).toList();
        if (ids.isEmpty()) {
            return new Claim(0, List.of());
        }
        em().createQuery("update ScheduleRecord set claimedBy = :owner, claimedUntil = :until where id in :ids")
                .setParameter("owner", owner).setParameter("until", until).setParameter("ids", ids)
                .executeUpdate();
        Map<String, Map<Instant, ScheduleRunRecord>> recorded = recordedRuns(ids);
        Iterator<String> directiveIds = freshDirectiveIds(ids.size()).iterator();
        List<Firing> firings = new ArrayList<>();
        for (ScheduleRecord r : em().createQuery("from ScheduleRecord where id in :ids", ScheduleRecord.class)
                .setParameter("ids", ids).getResultList()) {
            Map<Instant, ScheduleRunRecord> runs = recorded.getOrDefault(r.id, Map.of());
            nextFiring(store.stored(r), runs, now, owner, directiveIds).ifPresent(firings::add);
        }
        return new Claim(ids.size(), firings);
    }

    /**
     * Walks a claimed schedule from its due window: recorded windows are passed, ended ones recorded
     * as missed, until a window to fire; a schedule with none is moved on and released.
     */
    private Optional<Firing> nextFiring(ScheduleStore.Stored s, Map<Instant, ScheduleRunRecord> runs, Instant now,
            String owner, Iterator<String> directiveIds) {
        ScheduleRecord r = s.record();
        Window window = s.plan().startingAt(r.nextDueAt);
        while (true) {
            ScheduleRunRecord run = runs.get(window.start());
            if (run == null) {
                run = record(r.id, window, owner, window.end().isAfter(now) ? directiveIds.next() : null);
            }
            Optional<Window> next = s.plan().firstStartingAtOrAfter(window.start().plusNanos(1));
            if (run.status.equals(FIRING)) {
                r.nextDueAt = window.start();
                return Optional.of(new Firing(r.id, run.id, window, next, run.directiveId, s.template()));
            }
            if (next.isEmpty() || next.get().start().isAfter(now)) {
                moveOn(r, window, next);
                release(r);
                return Optional.empty();
            }
            window = next.get();
        }
    }

    /** A new run: firing with the directive id it will create, or (without one) missed. */
    private static ScheduleRunRecord record(String id, Window window, String owner, String directiveId) {
        ScheduleRunRecord run = new ScheduleRunRecord();
        run.scheduleId = id;
        run.windowStart = window.start();
        run.windowEnd = window.end();
        run.firedBy = owner;
        if (directiveId == null) {
            run.status = MISSED;
            run.message = "the window ended at " + window.end() + " before the gateway could fire it";
        } else {
            run.status = FIRING;
            run.directiveId = directiveId;
        }
        run.persist();
        return run;
    }

    /** Runs already recorded for the claimed schedules' due windows and later ones, by schedule and window. */
    private Map<String, Map<Instant, ScheduleRunRecord>> recordedRuns(List<String> ids) {
        Map<String, Map<Instant, ScheduleRunRecord>> runs = new HashMap<>();
        em().createQuery("select run from ScheduleRunRecord run, ScheduleRecord s where run.scheduleId = s.id "
                        + "and s.id in :ids and run.windowStart >= s.nextDueAt", ScheduleRunRecord.class)
                .setParameter("ids", ids).getResultList()
                .forEach(run -> runs.computeIfAbsent(run.scheduleId, k -> new HashMap<>()).put(run.windowStart, run));
        return runs;
    }

    /** Fleet ids no directive has: a window's directive id must tell after a crash whether it was created. */
    private Set<String> freshDirectiveIds(int count) {
        Set<String> ids = new LinkedHashSet<>();
        while (ids.size() < count) {
            while (ids.size() < count) {
                ids.add(FleetTag.newId());
            }
            ids.removeAll(em().createQuery("select d.id from DirectiveRecord d where d.id in :ids", String.class)
                    .setParameter("ids", ids).getResultList());
        }
        return ids;
    }

    /**
     * Records that the window fired: its directive was stored and its fan-out started at
     * {@code firedAt}. Then moves the schedule on and releases it.
     */
    @Transactional
    public void fired(Firing f, String owner, Instant firedAt, String message, String outcomes) {
        ScheduleRunRecord run = ScheduleRunRecord.findById(f.runId());
        if (run.status.equals(FIRING)) {
            run.status = FIRED;
            run.firedAt = firedAt;
            run.latenessMs = Math.max(0, Duration.between(f.window().start(), firedAt).toMillis());
            run.message = message;
            run.outcomes = outcomes;
        }
        finish(f, owner);
    }

    /** Records that the window could not fire ({@code status} failed, or missed with no directive made). */
    @Transactional
    public void notFired(Firing f, String owner, String status, String message) {
        ScheduleRunRecord run = ScheduleRunRecord.findById(f.runId());
        if (run.status.equals(FIRING)) {
            run.status = status;
            run.message = message;
            if (status.equals(MISSED)) {
                run.directiveId = null;
            }
        }
        finish(f, owner);
    }

    /**
     * Moves the schedule past the window and releases it, unless its lease ran out and another claim
     * took the window over (that one finishes it).
     */
    private void finish(Firing f, String owner) {
        // locked before it is read: a cancel committed meanwhile must not be written over
        ScheduleRecord r = ScheduleRecord.findById(f.scheduleId(), LockModeType.PESSIMISTIC_WRITE);
        if (!owner.equals(r.claimedBy)) {
            return;
        }
        if (f.window().start().equals(r.nextDueAt)) {
            moveOn(r, f.window(), f.next());
        }
        release(r);
    }

    private static void moveOn(ScheduleRecord r, Window window, Optional<Window> next) {
        if (next.isPresent()) {
            r.nextDueAt = next.get().start();
            return;
        }
        r.nextDueAt = null;
        if (r.state.equals(ScheduleStore.ACTIVE)) {
            r.state = ScheduleStore.FINISHED;
            r.endedAt = window.end();
            r.endedBy = "last window";
        }
    }

    private static void release(ScheduleRecord r) {
        r.claimedBy = null;
        r.claimedUntil = null;
    }
}
