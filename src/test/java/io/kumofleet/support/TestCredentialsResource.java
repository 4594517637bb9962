package io.kumofleet.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;

/** Configures every test gateway with the test API tokens and the locally verified test OIDC key. */
public class TestCredentialsResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(TestCredentials.tokenConfig());
        config.putAll(TestCredentials.oidcConfig());
        return config;
    }

    @Override
    public void stop() {
        // nothing to stop: no server, only configuration
    }
}
