package io.kumofleet.support;

import io.kumofleet.contract.ValidatingFleet;
import io.kumofleet.sim.SimulatedFleet;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.Map;

/**
 * Starts the test fleet with a validating proxy in front of each node, configures the gateway to
 * reach every node through its proxy, and injects the {@link ValidatingFleet} into the test's field.
 */
public class ValidatingFleetResource implements QuarkusTestResourceLifecycleManager {

    private static final Duration WAIT = HangGuard.LIMIT;

    private Vertx vertx;
    private ValidatingFleet proxies;

    @Override
    public Map<String, String> start() {
        SimulatedFleet fleet = TestFleet.start();
        vertx = Vertx.vertx();
        proxies = ValidatingFleet.startAndWait(vertx, fleet, WAIT);
        return SimulatedFleetResource.config(fleet, node -> proxies.url(node.name()));
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(proxies, new TestInjector.MatchesType(ValidatingFleet.class));
    }

    @Override
    public void stop() {
        // The nodes live on (TestFleet); only the proxies and their Vert.x go.
        SimulatedFleet.await(proxies.stop().eventually(() -> vertx.close()), WAIT);
    }
}
