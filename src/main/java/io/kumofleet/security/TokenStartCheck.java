package io.kumofleet.security;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads the accepted API tokens as the gateway starts rather than at the first request, so a bad
 * token setting stops it and the bootstrap admin token file exists before anyone needs it. Command
 * mode does not.
 */
@ApplicationScoped
public class TokenStartCheck {

    void onStart(@Observes StartupEvent event, Instance<ApiTokens> tokens,
            @ConfigProperty(name = "quarkus.http.host-enabled", defaultValue = "true") boolean serving) {
        if (serving) {
            tokens.get().find("");
        }
    }
}
