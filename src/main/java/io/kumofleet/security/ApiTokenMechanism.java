package io.kumofleet.security;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code Authorization: Bearer <token>} and accepts it when it is one of the gateway's API
 * tokens. Any other bearer token is left to OIDC (when enabled), which runs after this mechanism;
 * this mechanism also answers every missing or refused credential with a 401 problem document.
 */
@ApplicationScoped
public class ApiTokenMechanism implements HttpAuthenticationMechanism {

    private static final String BEARER = "Bearer ";
    /** Ahead of OIDC's bearer mechanism, so a known API token never reaches it. */
    private static final int PRIORITY = DEFAULT_PRIORITY + 1000;

    private final ApiTokens tokens;

    public ApiTokenMechanism(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        return bearerToken(context)
                .flatMap(tokens::find)
                .map(holder -> identities.authenticate(
                        HttpSecurityUtils.setRoutingContextAttribute(new ApiTokenRequest(holder), context)))
                .orElseGet(() -> Uni.createFrom().optional(Optional.empty()));
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, HttpHeaderNames.WWW_AUTHENTICATE, AuthProblems.CHALLENGE));
    }

    @Override
    public Uni<Boolean> sendChallenge(RoutingContext context) {
        AuthProblems.unauthorized(context);
        return Uni.createFrom().item(true);
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(ApiTokenRequest.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.AUTHORIZATION, "bearer"));
    }

    @Override
    public int getPriority() {
        return PRIORITY;
    }

    private static Optional<String> bearerToken(RoutingContext context) {
        String header = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        String token = header.substring(BEARER.length()).strip();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }
}
