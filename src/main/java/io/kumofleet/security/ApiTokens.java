package io.kumofleet.security;

import io.quarkus.runtime.configuration.ConfigurationException;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The API tokens the gateway accepts, known by their SHA-256 only: those configured under
 * {@code kumo.fleet.auth.tokens}, or, when neither a token nor OIDC is configured, the admin token of
 * {@link BootstrapToken}.
 */
@ApplicationScoped
public class ApiTokens {

    /** The actor name of the bootstrap admin token. */
    static final String BOOTSTRAP_NAME = "bootstrap-admin";

    private static final Logger LOG = Logger.getLogger(ApiTokens.class);

    /** A token's holder: its configured name and role. */
    public record Holder(String name, Role role) {}

    private final Map<String, Holder> byHash;

    public ApiTokens(AuthConfig config,
            @ConfigProperty(name = "quarkus.oidc.tenant-enabled", defaultValue = "true") boolean oidcEnabled) {
        Map<String, Holder> tokens = new HashMap<>();
        config.tokens().forEach((name, token) -> {
            String key = "kumo.fleet.auth.tokens." + name + ".sha256";
            if (!TokenHash.isHash(token.sha256())) {
                throw new ConfigurationException(key + " must be the token's SHA-256 as 64 hex digits "
                        + "(printf %s \"$TOKEN\" | sha256sum), never the token itself");
            }
            Holder previous = tokens.put(token.sha256().toLowerCase(Locale.ROOT), new Holder(name, token.role()));
            if (previous != null) {
                throw new ConfigurationException(key + " is also the hash of token " + previous.name());
            }
        });
        if (tokens.isEmpty() && !oidcEnabled) {
            Path file = config.bootstrapTokenFile();
            tokens.put(TokenHash.of(BootstrapToken.readOrCreate(file)), new Holder(BOOTSTRAP_NAME, Role.ADMIN));
            LOG.warnf("No API token (kumo.fleet.auth.tokens) and no OIDC configured: the API accepts only the admin "
                    + "token kept in %s (send it as 'Authorization: Bearer <token>'). See the README's Security "
                    + "section to configure your own.", file.toAbsolutePath());
        }
        this.byHash = Map.copyOf(tokens);
    }

    /** The holder of {@code token}, if it is one of the accepted tokens. */
    public Optional<Holder> find(String token) {
        return Optional.ofNullable(byHash.get(TokenHash.of(token)));
    }
}
