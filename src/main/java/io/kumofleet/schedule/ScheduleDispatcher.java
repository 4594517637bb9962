package io.kumofleet.schedule;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kumofleet.fleet.directive.DirectiveResult;
import io.kumofleet.fleet.directive.DirectiveService;
import io.kumofleet.fleet.directive.FleetTag;
import io.kumofleet.store.DirectiveRecord;
import io.kumofleet.store.ScheduleRunRecord;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import io.kumofleet.config.FleetConfig;
import org.jboss.logging.Logger;

/**
 * Fires due schedule windows, exactly once across gateway replicas: a replica first takes a lease
 * on the schedule (an atomic conditional update), then records the window's run with the fleet id
 * of the directive it is about to create (unique per window), then creates that directive. A
 * firing cut short by a crash is finished by whoever takes the lease next, with the same id.
 */
@ApplicationScoped
public class ScheduleDispatcher {

    private static final Logger LOG = Logger.getLogger(ScheduleDispatcher.class);

    private final ScheduleStore store;
    private final DirectiveService directives;
    private final Clock clock;
    private final ObjectMapper json;
    private final String owner;
    private final Duration lease;
    private final int batch;
    private final ExecutorService workers;

    public ScheduleDispatcher(ScheduleStore store, DirectiveService directives, Clock clock, ObjectMapper json,
            FleetConfig config) {
        this.store = store;
        this.directives = directives;
        this.clock = clock;
        this.json = json;
        this.owner = config.instanceId().orElseGet(() -> "gateway-" + FleetTag.newId());
        this.lease = config.scheduleLease();
        this.batch = config.scheduleBatch();
        this.workers = Executors.newFixedThreadPool(config.scheduleConcurrency(), r -> {
            Thread t = new Thread(r, "schedule-firing");
            t.setDaemon(true);
            return t;
        });
    }

    @Scheduled(every = "${kumo.fleet.schedule-poll}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        try {
            dispatchDue();
        } catch (RuntimeException e) {
            LOG.error("schedule dispatch failed; trying again next poll", e);
        }
    }

    /** Claims and processes every due schedule; returns how many schedules this replica processed. */
    public int dispatchDue() {
        int processed = 0;
        List<String> due;
        do {
            Instant now = clock.instant();
            due = store.dueIds(now, batch);
            List<Future<?>> running = due.stream()
                    .filter(id -> store.claim(id, owner, now, now.plus(lease)))
                    .<Future<?>>map(id -> workers.submit(() -> process(id)))
                    .toList();
            for (Future<?> f : running) {
                try {
                    f.get();
                } catch (Exception e) {
                    LOG.error("a schedule firing failed", e);
                }
            }
            processed += running.size();
        } while (due.size() == batch);
        return processed;
    }

    /** Processes every window of a claimed schedule that is due now: fires it, or records it missed. */
    private void process(String id) {
        try {
            while (true) {
                ScheduleStore.Stored s = store.find(id).orElseThrow();
                Instant now = clock.instant();
                if (!s.record().state.equals(ScheduleStore.ACTIVE) || s.record().nextDueAt == null
                        || s.record().nextDueAt.isAfter(now)) {
                    return;
                }
                Window window = s.plan().startingAt(s.record().nextDueAt);
                ScheduleRunRecord run = store.runFor(id, window, now, owner, FleetTag.newId());
                Optional<Window> next = s.plan().firstStartingAtOrAfter(window.start().plusNanos(1));
                if (!run.status.equals("firing")) {
                    store.complete(run.id, run.status, run.message, run.outcomes, id, next);
                    continue;
                }
                fire(s, window, run, next);
            }
        } finally {
            store.release(id, owner);
        }
    }

    private void fire(ScheduleStore.Stored s, Window window, ScheduleRunRecord run, Optional<Window> next) {
        String id = s.record().id;
        boolean exists = QuarkusTransaction.requiringNew().call(() -> DirectiveRecord.findById(run.directiveId) != null);
        if (exists) {
            store.complete(run.id, "fired", "resumed after an interruption: the directive already existed",
                    null, id, next);
            return;
        }
        try {
            DirectiveResult result = directives.create(s.template().endingAt(window.end()), "schedule:" + id,
                    s.template(), id, run.directiveId);
            store.complete(run.id, "fired", null, json.writeValueAsString(result.outcomes()), id, next);
        } catch (RuntimeException | JsonProcessingException e) {
            LOG.warnf("schedule %s could not fire its window at %s: %s", id, window.start(), e.getMessage());
            store.complete(run.id, "failed", e.getMessage(), null, id, next);
        }
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }
}
