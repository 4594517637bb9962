package io.kumofleet.schedule;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kumofleet.fleet.directive.DirectiveTemplate;
import io.kumofleet.store.ScheduleRecord;
import io.kumofleet.store.ScheduleRunRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** Reads and writes schedules and their runs; each public method is one transaction. */
@ApplicationScoped
public class ScheduleStore {

    static final String ACTIVE = "active";
    static final String CANCELLED = "cancelled";
    static final String FINISHED = "finished";

    private final ObjectMapper json;

    public ScheduleStore(ObjectMapper json) {
        this.json = json;
    }

    /** A schedule as stored, with its template and plan rebuilt. */
    public record Stored(ScheduleRecord record, DirectiveTemplate template, WindowPlan plan) {}

    @Transactional
    public void create(String id, SchedulePlanner.Plan plan, Instant now, Instant firstDue, String actor) {
        ScheduleRecord r = new ScheduleRecord();
        r.id = id;
        r.template = write(plan.template());
        r.zone = plan.windows().zone().getId();
        if (plan.windows() instanceof WindowPlan.OneShot once) {
            r.mode = "once";
            r.startAt = once.start();
            r.endAt = once.end();
            r.durationMs = Duration.between(once.start(), once.end()).toMillis();
        } else {
            var recurring = (WindowPlan.Recurring) plan.windows();
            r.mode = "recurring";
            r.cron = recurring.cron();
            r.durationMs = recurring.duration().toMillis();
            r.untilAt = recurring.until();
        }
        r.createdAt = now;
        r.createdBy = actor;
        r.state = ACTIVE;
        r.nextDueAt = firstDue;
        r.persist();
    }

    @Transactional
    public Optional<Stored> find(String id) {
        return Optional.ofNullable(ScheduleRecord.<ScheduleRecord>findById(id)).map(this::stored);
    }

    /** Schedules in a state (null: all), newest first. */
    @Transactional
    public List<Stored> list(String state) {
        List<ScheduleRecord> records = state == null
                ? ScheduleRecord.list("order by createdAt desc")
                : ScheduleRecord.list("state = ?1 order by createdAt desc", state);
        return records.stream().map(this::stored).toList();
    }

    @Transactional
    public List<ScheduleRunRecord> runs(String id) {
        return ScheduleRunRecord.list("scheduleId = ?1 order by windowStart desc", id);
    }

    /** Active schedules whose next window is due and that nobody holds a lease on, earliest first. */
    @Transactional
    public List<String> dueIds(Instant now, int limit) {
        return ScheduleRecord.<ScheduleRecord>find("state = ?1 and nextDueAt <= ?2 "
                        + "and (claimedUntil is null or claimedUntil < ?2) order by nextDueAt", ACTIVE, now)
                .page(0, limit).list().stream().map(r -> r.id).toList();
    }

    /**
     * Takes the lease on a due schedule; false when another gateway took it first. The conditional
     * update is atomic in the database, so of several replicas exactly one wins.
     */
    @Transactional
    public boolean claim(String id, String owner, Instant now, Instant until) {
        return ScheduleRecord.update("claimedBy = ?1, claimedUntil = ?2 where id = ?3 and state = ?4 "
                        + "and nextDueAt <= ?5 and (claimedUntil is null or claimedUntil < ?5)",
                owner, until, id, ACTIVE, now) == 1;
    }

    @Transactional
    public void release(String id, String owner) {
        ScheduleRecord.update("claimedBy = null, claimedUntil = null where id = ?1 and claimedBy = ?2", id, owner);
    }

    /**
     * The run of this window: the one already recorded (a firing interrupted by a crash resumes with
     * the directive id it chose), or a new one, firing with a fresh directive id or missed when the
     * window is already over.
     */
    @Transactional
    public ScheduleRunRecord runFor(String id, Window window, Instant now, String owner, String newDirectiveId) {
        ScheduleRunRecord existing = ScheduleRunRecord.find("scheduleId = ?1 and windowStart = ?2", id,
                window.start()).firstResult();
        if (existing != null) {
            return existing;
        }
        ScheduleRunRecord run = new ScheduleRunRecord();
        run.scheduleId = id;
        run.windowStart = window.start();
        run.windowEnd = window.end();
        run.firedBy = owner;
        if (!window.end().isAfter(now)) {
            run.status = "missed";
            run.message = "the window ended at " + window.end() + " before the gateway could fire it";
        } else {
            run.status = "firing";
            run.firedAt = now;
            run.latenessMs = Math.max(0, Duration.between(window.start(), now).toMillis());
            run.directiveId = newDirectiveId;
        }
        run.persist();
        return run;
    }

    /** Records how a firing ended and moves the schedule to its next window (or finishes it). */
    @Transactional
    public void complete(long runId, String status, String message, String outcomes, String id,
            Optional<Window> next) {
        ScheduleRunRecord run = ScheduleRunRecord.findById(runId);
        if (run.status.equals("firing")) {
            run.status = status;
            run.message = message;
            run.outcomes = outcomes;
        }
        ScheduleRecord r = ScheduleRecord.findById(id);
        if (next.isPresent()) {
            r.nextDueAt = next.get().start();
        } else {
            r.nextDueAt = null;
            if (r.state.equals(ACTIVE)) {
                r.state = FINISHED;
                r.endedAt = run.windowEnd;
                r.endedBy = "last window";
            }
        }
    }

    /** Stops further firing; false when it was cancelled already (a finished one may still have a window in force). */
    @Transactional
    public boolean cancel(String id, String actor, Instant now) {
        ScheduleRecord r = ScheduleRecord.findById(id);
        if (r == null || r.state.equals(CANCELLED)) {
            return false;
        }
        r.state = CANCELLED;
        r.endedAt = now;
        r.endedBy = actor;
        r.nextDueAt = null;
        return true;
    }

    private Stored stored(ScheduleRecord r) {
        ZoneId zone = ZoneId.of(r.zone);
        WindowPlan plan = r.mode.equals("once")
                ? new WindowPlan.OneShot(r.startAt, r.endAt, zone)
                : new WindowPlan.Recurring(r.cron, zone, Duration.ofMillis(r.durationMs), r.untilAt);
        try {
            return new Stored(r, json.readValue(r.template, DirectiveTemplate.class), plan);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable template of schedule " + r.id, e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
