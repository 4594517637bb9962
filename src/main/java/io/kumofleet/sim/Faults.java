package io.kumofleet.sim;

import java.time.Duration;
import java.util.Random;

/**
 * The fault knobs of one simulated node, safe to turn from any thread while it serves. They apply
 * to the kumod API paths only, never to the {@code /sim} control paths, and survive restarts.
 */
public final class Faults {

    private final Random random;
    private volatile Duration latency = Duration.ZERO;
    private volatile double errorRate;
    private volatile double garbageRate;
    private volatile String livenessFailure;
    private volatile RequiredCredentials credentials;

    Faults(long seed) {
        this.random = new Random(seed);
    }

    /** Delays every answer by {@code latency} (a timer; the event loop is never blocked). */
    public Faults latency(Duration latency) {
        if (latency.isNegative()) {
            throw new IllegalArgumentException("latency must not be negative: " + latency);
        }
        this.latency = latency;
        return this;
    }

    /** Answers this fraction of requests (0..1) with 500 {@code Error: simulated failure}. */
    public Faults errorRate(double rate) {
        this.errorRate = checkRate(rate);
        return this;
    }

    /** Answers this fraction of requests (0..1) with a 200 whose body is neither JSON nor Prometheus text. */
    public Faults garbageRate(double rate) {
        this.garbageRate = checkRate(rate);
        return this;
    }

    /** Makes check-liveness answer 503 with this reason (e.g. {@code load shedding}); null for healthy. */
    public Faults livenessFailure(String reason) {
        this.livenessFailure = reason;
        return this;
    }

    /** Demands these credentials (401 without or with wrong ones); null admits everyone, as a trusted IP. */
    public Faults requireCredentials(RequiredCredentials credentials) {
        this.credentials = credentials;
        return this;
    }

    /** Turns every knob back to a healthy, open node. */
    public Faults clear() {
        latency = Duration.ZERO;
        errorRate = 0;
        garbageRate = 0;
        livenessFailure = null;
        credentials = null;
        return this;
    }

    public Duration latency() {
        return latency;
    }

    public double errorRate() {
        return errorRate;
    }

    public double garbageRate() {
        return garbageRate;
    }

    public String livenessFailure() {
        return livenessFailure;
    }

    public RequiredCredentials credentials() {
        return credentials;
    }

    boolean rollError() {
        return errorRate > 0 && random.nextDouble() < errorRate;
    }

    boolean rollGarbage() {
        return garbageRate > 0 && random.nextDouble() < garbageRate;
    }

    private static double checkRate(double rate) {
        if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException("rate must be within 0..1: " + rate);
        }
        return rate;
    }
}
