package io.kumofleet.support;

import io.kumofleet.sim.SimulatedFleet;
import io.vertx.core.Vertx;
import java.time.Duration;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** A JUnit extension (register it on a {@code static} field) giving a test class one Vert.x, closed after its last test. */
public final class ClassVertx implements BeforeAllCallback, AfterAllCallback {

    private final Duration wait;
    private Vertx vertx;

    /** {@code wait}: how long closing the Vert.x may take. */
    public ClassVertx(Duration wait) {
        this.wait = wait;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        vertx = Vertx.vertx();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        SimulatedFleet.await(vertx.close(), wait);
    }

    public Vertx get() {
        return vertx;
    }
}
