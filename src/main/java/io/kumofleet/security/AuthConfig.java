package io.kumofleet.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.util.Map;

/** Who may call the gateway's API with an API token; OIDC is configured with {@code quarkus.oidc.*}. */
@ConfigMapping(prefix = "kumo.fleet.auth")
public interface AuthConfig {

    /** API tokens by name ({@code kumo.fleet.auth.tokens.<name>.*}); the name is the actor in the audit trail. */
    Map<String, ApiToken> tokens();

    /**
     * Where the gateway keeps the admin token it makes for itself when neither an API token nor OIDC
     * is configured, so that a fresh install works without a known default credential.
     */
    @WithDefault(".kumo-fleet/admin-token")
    Path bootstrapTokenFile();

    /** One API token, known by its hash only. */
    interface ApiToken {

        /** The token's SHA-256 in hex ({@code printf %s "$TOKEN" | sha256sum}); never the token itself. */
        String sha256();

        /** What the token may do: {@code viewer}, {@code operator} or {@code admin}. */
        Role role();
    }
}
