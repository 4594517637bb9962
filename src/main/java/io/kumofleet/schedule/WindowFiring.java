package io.kumofleet.schedule;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kumofleet.fleet.NodeResult;
import io.kumofleet.fleet.audit.AuditLog;
import io.kumofleet.fleet.directive.DirectiveSpec;
import io.kumofleet.fleet.directive.ScheduledDirectives;
import io.kumofleet.store.ScheduleRecord;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import org.jboss.logging.Logger;

/**
 * Fires one claimed window. Its directive is stored with the schedule's row locked, so a cancel
 * either comes first (nothing is made) or finds the directive. The window has fired once that
 * directive is committed and its fan-out started: that instant is the run's {@code fired_at}. The
 * nodes' answers are recorded when they are all in (with the run and the audit entry, in one
 * transaction), and nothing waits for them.
 */
@ApplicationScoped
class WindowFiring {

    private static final Logger LOG = Logger.getLogger(WindowFiring.class);

    private final ScheduledDirectives directives;
    private final ScheduleClaims claims;
    private final AuditLog audit;
    private final Clock clock;
    private final ObjectMapper json;

    WindowFiring(ScheduledDirectives directives, ScheduleClaims claims, AuditLog audit, Clock clock, ObjectMapper json) {
        this.directives = directives;
        this.claims = claims;
        this.audit = audit;
        this.clock = clock;
        this.json = json;
    }

    /**
     * Fires the window on this thread (which may block) up to the start of its fan-out; the stage
     * ends once the nodes' answers are recorded on {@code writers}.
     */
    CompletionStage<Void> fire(Firing f, String owner, Executor writers) {
        DirectiveSpec spec = f.template().endingAt(f.window().end());
        ScheduledDirectives.Stored directive;
        try {
            directive = QuarkusTransaction.requiringNew().call(() -> store(f, owner, spec));
        } catch (RuntimeException e) {
            LOG.warnf("schedule %s could not fire its window at %s: %s", f.scheduleId(), f.window().start(),
                    e.getMessage());
            claims.notFired(f, owner, ScheduleClaims.FAILED, e.getMessage());
            return CompletableFuture.completedFuture(null);
        }
        if (directive == null) {
            return CompletableFuture.completedFuture(null);
        }
        Instant firedAt = clock.instant(); // its fan-out starts now
        return directives.send(directive, writers, outcomes -> {
            claims.fired(f, owner, firedAt, null, write(outcomes));
            audit.record("schedule:" + f.scheduleId(), "create-" + spec.kind().label(), f.directiveId(), f.template(),
                    outcomes);
        }).thenAccept(outcomes -> { });
    }

    /**
     * Stores the window's directive and returns it; null when there is nothing to send
     * (then how the window ended is recorded in the same transaction).
     */
    private ScheduledDirectives.Stored store(Firing f, String owner, DirectiveSpec spec) {
        ScheduleRecord schedule = ScheduleRecord.findById(f.scheduleId(), LockModeType.PESSIMISTIC_WRITE);
        Optional<Instant> stored = directives.createdBy(f.directiveId(), f.scheduleId());
        if (stored.isPresent()) {
            claims.fired(f, owner, stored.get(), "resumed after an interruption: the directive was already stored "
                    + "(nodes that did not get it are left to the reconciler)", null);
            return null;
        }
        if (!schedule.state.equals(ScheduleStore.ACTIVE)) {
            claims.notFired(f, owner, ScheduleClaims.MISSED, "the schedule was cancelled before the window fired");
            return null;
        }
        if (!f.window().end().isAfter(clock.instant())) {
            claims.notFired(f, owner, ScheduleClaims.MISSED, "the window ended at " + f.window().end()
                    + " before the gateway could fire it");
            return null;
        }
        return directives.store(spec, f.scheduleId(), f.directiveId());
    }

    private String write(List<NodeResult> outcomes) {
        try {
            return json.writeValueAsString(outcomes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
