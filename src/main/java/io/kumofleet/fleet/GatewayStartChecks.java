package io.kumofleet.fleet;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Builds the node inventory as the gateway starts rather than at the first request, so a missing or
 * malformed node URL stops it with a clear message. Command mode does not.
 */
@ApplicationScoped
public class GatewayStartChecks {

    void onStart(@Observes StartupEvent event, Instance<NodeInventory> inventory,
            @ConfigProperty(name = "quarkus.http.host-enabled", defaultValue = "true") boolean serving) {
        if (serving) {
            inventory.get().all();
        }
    }
}
