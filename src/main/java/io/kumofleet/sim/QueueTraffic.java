package io.kumofleet.sim;

import java.util.BitSet;
import java.util.List;
import java.util.Random;

/**
 * One step of simulated mail flow: new arrivals (bounced at once when a bounce matches), promotion
 * from scheduled to ready queues, and delivery attempts, all honouring suspensions. Each step
 * touches a random sample of queues, so a step costs the same however many queues there are.
 */
final class QueueTraffic {

    private final QueueModel model;
    private final List<BounceRule> bounces;
    private final List<SuspendRule> suspensions;
    private final BitSet suspendedReady;
    private final Random random;
    private final LatencyHistogram latency;

    QueueTraffic(QueueModel model, List<BounceRule> bounces, List<SuspendRule> suspensions,
            BitSet suspendedReady, Random random, LatencyHistogram latency) {
        this.model = model;
        this.bounces = bounces;
        this.suspensions = suspensions;
        this.suspendedReady = suspendedReady;
        this.random = random;
        this.latency = latency;
    }

    void step() {
        holdSuspendedReadyQueues();
        int queues = model.scheduledQueues();
        if (queues == 0) {
            return;
        }
        int touches = Math.min(queues, 16 + queues / 20);
        for (int i = 0; i < touches; i++) {
            arrive(random.nextInt(queues), 1 + random.nextInt(8));
        }
        for (int i = 0; i < touches; i++) {
            int s = random.nextInt(queues);
            if (bounceFor(s) == null && !suspended(s) && !suspendedReady.get(model.readyOf(s))) {
                model.promote(s, 1 + random.nextInt(8));
            }
        }
        int readyQueues = model.readyQueues();
        int readyTouches = Math.min(readyQueues, 16 + readyQueues / 20);
        for (int i = 0; i < readyTouches; i++) {
            int r = random.nextInt(readyQueues);
            if (!suspendedReady.get(r)) {
                deliver(r, 1 + random.nextInt(8));
            }
        }
        model.xferQueues.ship(1 + random.nextInt(10));
    }

    private void arrive(int s, long n) {
        BounceRule bounce = bounceFor(s);
        if (bounce != null) {
            model.arriveBounced(n);
            bounce.count(model.scheduledName(s), n);
        } else {
            model.arrive(s, n);
        }
    }

    /** A suspended ready queue delivers nothing and hands its messages back to their scheduled queues. */
    void holdSuspendedReadyQueues() {
        for (int r = suspendedReady.nextSetBit(0); r >= 0; r = suspendedReady.nextSetBit(r + 1)) {
            for (int s = model.firstFeeder(r); s >= 0; s = model.nextFeeder(s)) {
                model.requeue(s);
            }
            model.setConnections(r, 0);
        }
    }

    private void deliver(int r, long budget) {
        for (int s = model.firstFeeder(r); s >= 0 && budget > 0; s = model.nextFeeder(s)) {
            long ready = model.inReady(s);
            if (ready == 0) {
                continue;
            }
            BounceRule bounce = bounceFor(s);
            if (bounce != null) {
                // bounced when popped from the ready queue, as kumod does
                bounce.count(model.scheduledName(s), model.dropReady(s));
            } else if (suspended(s)) {
                model.requeue(s); // transient failure: "scheduled queue is suspended"
            } else {
                long n = Math.min(budget, ready);
                model.attempt(s, n, random.nextInt(10) == 0 ? 1 : 0, random.nextInt(40) == 0 ? 1 : 0);
                budget -= n;
                for (long i = 0; i < n; i++) {
                    latency.observe(0.02 + random.nextDouble() * random.nextDouble() * 3);
                }
            }
        }
        long ready = model.readyCount(r);
        model.setConnections(r, ready == 0 ? 0 : 1 + random.nextInt((int) Math.min(8, ready)));
    }

    BounceRule bounceFor(int s) {
        for (BounceRule bounce : bounces) {
            if (bounce.criteria().matches(model, s)) {
                return bounce;
            }
        }
        return null;
    }

    private boolean suspended(int s) {
        for (SuspendRule suspension : suspensions) {
            if (suspension.criteria().matches(model, s)) {
                return true;
            }
        }
        return false;
    }
}
