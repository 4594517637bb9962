package io.kumofleet.support;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** In tests the gateway reads the same hand-moved clock as the simulated nodes. */
public class TestClock {

    @Produces
    @Alternative
    @Priority(1)
    @Singleton
    Clock clock() {
        return TestFleet.clock();
    }
}
