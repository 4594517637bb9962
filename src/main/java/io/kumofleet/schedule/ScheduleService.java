package io.kumofleet.schedule;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kumofleet.fanout.FanoutAdmission;
import io.kumofleet.fanout.FanoutExecutor;
import io.kumofleet.fleet.FleetWideGuard;
import io.kumofleet.fleet.InvalidRequestException;
import io.kumofleet.fleet.NodeInventory;
import io.kumofleet.fleet.TargetRequest;
import io.kumofleet.fleet.audit.AuditLog;
import io.kumofleet.fleet.directive.Criteria;
import io.kumofleet.fleet.directive.DirectiveResult;
import io.kumofleet.fleet.directive.DirectiveService;
import io.kumofleet.fleet.directive.DirectiveState;
import io.kumofleet.fleet.directive.DirectiveTemplate;
import io.kumofleet.fleet.directive.DirectiveView;
import io.kumofleet.fleet.directive.FleetTag;
import io.kumofleet.kumod.Humantime;
import io.kumofleet.store.ScheduleRecord;
import io.kumofleet.store.ScheduleRunRecord;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Creates, shows and cancels schedules; firing is the dispatcher's job. */
@ApplicationScoped
public class ScheduleService {

    static final int SHOWN_WINDOWS = 5;

    private final SchedulePlanner planner;
    private final ScheduleStore store;
    private final DirectiveService directives;
    private final AuditLog audit;
    private final Clock clock;
    private final ObjectMapper json;
    private final FanoutExecutor fanout;
    private final FleetWideGuard guard;
    private final NodeInventory inventory;

    public ScheduleService(SchedulePlanner planner, ScheduleStore store, DirectiveService directives, AuditLog audit,
            Clock clock, ObjectMapper json, FanoutExecutor fanout, FleetWideGuard guard, NodeInventory inventory) {
        this.planner = planner;
        this.store = store;
        this.directives = directives;
        this.audit = audit;
        this.clock = clock;
        this.json = json;
        this.fanout = fanout;
        this.guard = guard;
        this.inventory = inventory;
    }

    /**
     * Validates and stores a schedule; the answer shows its next windows. A duplicate of an active
     * schedule is refused unless the request allows it.
     */
    public ScheduleView create(ScheduleRequest request, String actor) {
        SchedulePlanner.Plan plan = planner.plan(request);
        Instant now = clock.instant();
        Window first = plan.windows().firstStartingAtOrAfter(now.minus(SchedulePlanner.START_GRACE)).orElseThrow();
        String id = "s" + FleetTag.newId();
        store.create(id, plan, now, first.start(), actor, Boolean.TRUE.equals(request.allowDuplicate()));
        audit.record(actor, "create-schedule", id, request, null);
        return get(id, false);
    }

    /** Schedules in a state ({@code active} by default, or {@code all}), without run history. */
    public List<ScheduleView> list(String state) {
        String filter = state == null || state.isBlank() ? ScheduleStore.ACTIVE : state;
        if (!List.of("active", "cancelled", "finished", "all").contains(filter)) {
            throw new InvalidRequestException("state must be active, cancelled, finished or all, not '" + state + "'");
        }
        return store.list(filter.equals("all") ? null : filter).stream().map(s -> view(s, List.of(), false)).toList();
    }

    /** One schedule with its run history. */
    public ScheduleView get(String id, boolean withRuns) {
        ScheduleStore.Stored s = store.find(id).orElseThrow(() -> new ScheduleNotFoundException(id));
        return view(s, withRuns ? store.runs(id) : List.of(), withRuns);
    }

    /** Stops further firing and cancels the directive of a window in force. */
    public ScheduleCancelResult cancel(String id, String actor) {
        // Ending a fleet-wide schedule needs the role that making it needed.
        store.find(id).ifPresent(s -> guard.check("cancelling a schedule of " + s.template().kind().label() + "s",
                s.template().everything(), inventory.select(s.template().target())));
        // Taken before the schedule is marked cancelled: a full gateway refuses with nothing done.
        try (FanoutAdmission admission = fanout.admit()) {
            return cancel(id, actor, admission);
        }
    }

    private ScheduleCancelResult cancel(String id, String actor, FanoutAdmission admission) {
        ScheduleStore.Stored s = store.find(id).orElseThrow(() -> new ScheduleNotFoundException(id));
        Instant now = clock.instant();
        if (!store.cancel(id, actor, now)) {
            throw new InvalidRequestException("schedule " + id + " is already " + s.record().state);
        }
        DirectiveResult cancelled = store.runs(id).stream()
                // a firing run's directive may be stored while its nodes are still being called
                .filter(run -> List.of(ScheduleClaims.FIRED, ScheduleClaims.FIRING).contains(run.status)
                        && run.windowEnd.isAfter(now) && run.directiveId != null)
                .findFirst()
                .filter(run -> directives.list(s.template().kind(), DirectiveState.ACTIVE).stream()
                        .anyMatch(d -> d.id().equals(run.directiveId)))
                .map(run -> directives.cancel(s.template().kind(), run.directiveId, actor, admission))
                .orElse(null);
        audit.record(actor, "cancel-schedule", id, Map.of("id", id),
                cancelled == null ? null : cancelled.outcomes());
        return new ScheduleCancelResult(get(id, true), cancelled);
    }

    private ScheduleView view(ScheduleStore.Stored s, List<ScheduleRunRecord> runs, boolean withRuns) {
        ScheduleRecord r = s.record();
        DirectiveTemplate t = s.template();
        Criteria c = t.criteria();
        var criteria = c.isEmpty() ? null : new DirectiveView.CriteriaView(c.campaign(), c.tenant(), c.domain(),
                c.routingDomain(), c.queueNames(), c.readyQueue());
        List<ScheduleView.WindowView> next = r.state.equals(ScheduleStore.ACTIVE) && r.nextDueAt != null
                ? s.plan().upcoming(r.nextDueAt, SHOWN_WINDOWS).stream().map(w -> windowView(w, s.plan())).toList()
                : List.of();
        return new ScheduleView(r.id, t.kind().label(), criteria, t.everything(), t.reason(), t.suppressLogging(),
                new TargetRequest(t.target().nodes(), t.target().tags()), r.mode, r.startAt, r.endAt, r.cron, r.zone,
                Humantime.format(Duration.ofMillis(r.durationMs)), r.untilAt, r.state, r.createdAt, r.createdBy,
                r.endedAt, r.endedBy, next, withRuns ? runs.stream().map(this::runView).toList() : null);
    }

    private static ScheduleView.WindowView windowView(Window w, WindowPlan plan) {
        return new ScheduleView.WindowView(w.start(), w.end(), w.start().atZone(plan.zone()).toOffsetDateTime(),
                w.end().atZone(plan.zone()).toOffsetDateTime());
    }

    private ScheduleView.RunView runView(ScheduleRunRecord run) {
        try {
            return new ScheduleView.RunView(run.windowStart, run.windowEnd, run.status, run.firedAt, run.latenessMs,
                    run.firedBy, run.directiveId, run.message, run.outcomes == null ? null : json.readTree(run.outcomes));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable run outcomes", e);
        }
    }
}
