package io.kumofleet.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;

/**
 * A gateway whose every node call goes through a validating proxy ({@link ValidatingFleetResource}),
 * instead of straight to the nodes as the global {@link SimulatedFleetResource} configures it.
 */
public class ValidatingFleetProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        // Global resources are off (the nodes come from the proxies here), so the test credentials are listed again.
        return List.of(new TestResourceEntry(ValidatingFleetResource.class),
                new TestResourceEntry(TestCredentialsResource.class));
    }

    @Override
    public boolean disableGlobalTestResources() {
        return true;
    }
}
