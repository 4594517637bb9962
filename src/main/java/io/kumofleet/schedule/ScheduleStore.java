package io.kumofleet.schedule;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kumofleet.fleet.directive.DirectiveTemplate;
import io.kumofleet.store.ScheduleRecord;
import io.kumofleet.store.ScheduleRunRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
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

    /** Stores a new active schedule; refuses a duplicate of an active one unless {@code allowDuplicate}. */
    @Transactional
    public void create(String id, SchedulePlanner.Plan plan, Instant now, Instant firstDue, String actor,
            boolean allowDuplicate) {
        if (!allowDuplicate) {
            duplicateOf(plan).ifPresent(existing -> {
                throw new DuplicateScheduleException(existing);
            });
        }
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

    /**
     * The id of an active schedule with the same kind, criteria, target and timing, oldest first. The
     * timing is compared in the database; the template is JSON there, so the rest is compared here.
     */
    private Optional<String> duplicateOf(SchedulePlanner.Plan plan) {
        List<ScheduleRecord> sameTiming = plan.windows() instanceof WindowPlan.OneShot once
                ? ScheduleRecord.list("state = ?1 and mode = 'once' and startAt = ?2 and endAt = ?3 "
                        + "order by createdAt", ACTIVE, once.start(), once.end())
                : sameRecurring((WindowPlan.Recurring) plan.windows());
        return sameTiming.stream().map(this::stored)
                .filter(other -> SameDirective.of(plan.template(), other.template()))
                .map(other -> other.record().id)
                .findFirst();
    }

    private static List<ScheduleRecord> sameRecurring(WindowPlan.Recurring recurring) {
        return ScheduleRecord.list("state = ?1 and mode = 'recurring' and cron = ?2 and zone = ?3 and durationMs = ?4 "
                + "order by createdAt", ACTIVE, recurring.cron(), recurring.zone().getId(),
                recurring.duration().toMillis());
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

    /** Stops further firing; false when it was cancelled already (a finished one may still have a window in force). */
    @Transactional
    public boolean cancel(String id, String actor, Instant now) {
        // locked before it is read, like every write of a schedule: a firing's changes are never written over
        ScheduleRecord r = ScheduleRecord.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (r == null || r.state.equals(CANCELLED)) {
            return false;
        }
        r.state = CANCELLED;
        r.endedAt = now;
        r.endedBy = actor;
        r.nextDueAt = null;
        return true;
    }

    Stored stored(ScheduleRecord r) {
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
