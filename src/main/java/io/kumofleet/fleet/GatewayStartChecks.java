package io.kumofleet.fleet;

import io.kumofleet.security.ApiTokens;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What the gateway sets up as it starts rather than at the first request: the node inventory (a
 * missing or malformed node URL stops it with a clear message) and the accepted API tokens (the
 * bootstrap admin token file exists before anyone needs it). Command mode does neither.
 */
@ApplicationScoped
public class GatewayStartChecks {

    void onStart(@Observes StartupEvent event, Instance<NodeInventory> inventory, Instance<ApiTokens> tokens,
            @ConfigProperty(name = "quarkus.http.host-enabled", defaultValue = "true") boolean serving) {
        if (serving) {
            inventory.get().all();
            tokens.get().find("");
        }
    }
}
