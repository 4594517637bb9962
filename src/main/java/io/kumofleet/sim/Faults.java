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
    private final HeldRequests held = new HeldRequests();

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

    /**
     * Keeps every request unanswered from now until {@link #release}, so that a test can act while
     * requests are under way (wait for them with {@link #held}) instead of guessing with a latency.
     */
    public Faults hold() {
        held.hold(HeldRequests.EVERY_PATH);
        return this;
    }

    /** Like {@link #hold()}, for the requests to one path only, e.g. {@code /metrics}. */
    public Faults hold(String path) {
        if (path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException("path must start with /: " + path);
        }
        held.hold(path);
        return this;
    }

    /** Stops holding requests and lets the held ones go on to be answered. */
    public Faults release() {
        held.release();
        return this;
    }

    /** Turns every knob back to a healthy, open node, and releases held requests. */
    public Faults clear() {
        latency = Duration.ZERO;
        errorRate = 0;
        garbageRate = 0;
        livenessFailure = null;
        credentials = null;
        held.release();
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

    /** How many requests are being held now (those whose connection closed meanwhile are not). */
    public int held() {
        return held.count();
    }

    /** The path whose requests are held, {@code *} for every path, or null when none are. */
    public String holding() {
        return held.path();
    }

    HeldRequests heldRequests() {
        return held;
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
