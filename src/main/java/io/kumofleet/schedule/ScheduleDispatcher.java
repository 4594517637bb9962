package io.kumofleet.schedule;

import io.kumofleet.config.FleetConfig;
import io.kumofleet.fleet.directive.FleetTag;
import io.quarkus.runtime.configuration.ConfigurationException;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Fires due schedule windows as a pipeline: each poll claims due schedules a batch at a time (see
 * {@link ScheduleClaims}), as long as any are due, into at most {@code kumo.fleet.schedule-in-flight}
 * places for firings under way, and hands each window to a writer thread that stores its directive
 * and starts its fan-out (see {@link WindowFiring}). Nobody waits for node calls: a slow node holds
 * only the places of the firings that reach it, and due windows beyond the places wait in the
 * database, not in memory.
 */
@ApplicationScoped
public class ScheduleDispatcher {

    private static final Logger LOG = Logger.getLogger(ScheduleDispatcher.class);

    private final ScheduleClaims claims;
    private final WindowFiring firing;
    private final Clock clock;
    private final String owner;
    private final Duration lease;
    private final int batch;
    private final int places;
    /** Free places for firings under way, from claim until the nodes' answers are recorded. */
    private final Semaphore free;
    /** Database work of firings; at most one task per firing under way is ever queued. */
    private final ThreadPoolExecutor writers;

    public ScheduleDispatcher(ScheduleClaims claims, WindowFiring firing, Clock clock, FleetConfig config) {
        this.claims = claims;
        this.firing = firing;
        this.clock = clock;
        this.owner = config.instanceId().orElseGet(() -> "gateway-" + FleetTag.newId());
        this.lease = config.scheduleLease();
        this.batch = atLeastOne("kumo.fleet.schedule-batch", config.scheduleBatch());
        this.places = atLeastOne("kumo.fleet.schedule-in-flight", config.scheduleInFlight());
        atLeastOne("kumo.fleet.schedule-concurrency", config.scheduleConcurrency());
        this.free = new Semaphore(places);
        this.writers = new ThreadPoolExecutor(config.scheduleConcurrency(), config.scheduleConcurrency(), 0,
                TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(places), r -> {
                    Thread t = new Thread(r, "schedule-firing");
                    t.setDaemon(true);
                    return t;
                });
    }

    /**
     * Claims due windows for as long as there are any: when every place is taken it waits for places
     * to free (firings end within their nodes' timeouts) rather than for the next poll; for a quarter
     * of them, so that it claims in batches and not one window per claim.
     */
    @Scheduled(every = "${kumo.fleet.schedule-poll}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        int wanted = Math.max(1, Math.min(batch, places) / 4);
        try {
            while (claimWhilePlacesAreFree().outOfPlaces()) {
                free.acquireUninterruptibly(wanted);
                free.release(wanted);
            }
        } catch (RuntimeException e) {
            LOG.error("schedule dispatch failed; trying again next poll", e);
        }
    }

    /**
     * Claims due schedules while there are free places and starts firing their windows; returns how
     * many schedules it claimed. Returns without waiting for any firing to end or any place to free.
     */
    public int startDue() {
        return claimWhilePlacesAreFree().claimed();
    }

    /** What claiming did: how many schedules it took, and whether it stopped for want of places. */
    private record Claimed(int claimed, boolean outOfPlaces) {}

    private Claimed claimWhilePlacesAreFree() {
        int claimed = 0;
        while (true) {
            int taken = take();
            if (taken == 0) {
                return new Claimed(claimed, true);
            }
            ScheduleClaims.Claim claim;
            try {
                Instant now = clock.instant();
                claim = claims.claim(owner, now, now.plus(lease), taken);
            } catch (RuntimeException e) {
                free.release(taken);
                throw e;
            }
            free.release(taken - claim.firings().size());
            claim.firings().forEach(this::start);
            claimed += claim.schedules();
            if (claim.schedules() < taken) {
                return new Claimed(claimed, false);
            }
        }
    }

    /**
     * Fires every window due now and waits until those firings have ended (every node's answer
     * recorded); returns how many schedules it claimed. For callers that want the result at once.
     */
    public int dispatchDue() {
        int claimed = 0;
        int round;
        do {
            awaitIdle();
            round = startDue();
            claimed += round;
        } while (round > 0);
        return claimed;
    }

    /** Takes up to a batch of the free places, without waiting. */
    private int take() {
        int drained = free.drainPermits();
        int taken = Math.min(batch, drained);
        free.release(drained - taken);
        return taken;
    }

    private void start(Firing f) {
        CompletableFuture.supplyAsync(() -> firing.fire(f, owner, writers), writers)
                .thenCompose(ended -> ended)
                .whenComplete((ok, error) -> {
                    free.release();
                    if (error != null) {
                        LOG.errorf(error, "schedule %s: the firing of its window at %s did not end cleanly; "
                                + "a claim after its lease takes it up again", f.scheduleId(), f.window().start());
                    }
                });
    }

    private void awaitIdle() {
        free.acquireUninterruptibly(places);
        free.release(places);
    }

    private static int atLeastOne(String property, int value) {
        if (value < 1) {
            throw new ConfigurationException(property + " must be at least 1, not " + value);
        }
        return value;
    }

    @PreDestroy
    void stop() {
        writers.shutdownNow();
    }
}
