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
        return List.of(new TestResourceEntry(ValidatingFleetResource.class));
    }

    @Override
    public boolean disableGlobalTestResources() {
        return true;
    }
}
