package io.kumofleet.security;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.TreeSet;

/**
 * The security layer's 401 and 403 answers, as RFC 9457 problem documents like every other error
 * of the API. They are written before any resource runs, so a refused request never reaches a node.
 */
@ApplicationScoped
public class AuthProblems {

    /** The challenge of every 401: the API takes bearer tokens (API tokens or OIDC access tokens). */
    static final String CHALLENGE = "Bearer realm=\"kumo-fleet\"";

    private static final String PROBLEM_JSON = "application/problem+json";

    /** Answers 401: no credential, or one that was not accepted. */
    static void unauthorized(RoutingContext context) {
        boolean sent = context.request().getHeader(HttpHeaders.AUTHORIZATION) != null;
        context.response().putHeader(HttpHeaderNames.WWW_AUTHENTICATE, CHALLENGE);
        write(context, 401, "Unauthorized", (sent ? "the credential was not accepted" : "no credential was sent")
                + ": send an API token or an OIDC access token as 'Authorization: Bearer <token>'");
    }

    /** Answers 403: the caller is known but its role does not allow this method on this path. */
    static void forbidden(RoutingContext context) {
        String who = context.user() instanceof QuarkusHttpUser user
                ? describe(user.getSecurityIdentity())
                : "the caller";
        write(context, 403, "Forbidden", who + " may not " + context.request().method() + " "
                + context.request().path() + ": reading needs the viewer role, changes need operator");
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(context -> {
            Throwable failure = rootCause(context.failure());
            if (failure instanceof ForbiddenException) {
                forbidden(context);
            } else if (failure instanceof UnauthorizedException || failure instanceof AuthenticationFailedException) {
                unauthorized(context);
            } else {
                context.next();
            }
        });
    }

    private static String describe(SecurityIdentity identity) {
        var roles = new TreeSet<>(identity.getRoles());
        String held = roles.isEmpty() ? "no role" : String.join(", ", roles);
        return identity.getPrincipal().getName() + " (" + held + ")";
    }

    private static void write(RoutingContext context, int status, String title, String detail) {
        if (context.response().ended()) {
            return;
        }
        String body = new JsonObject().put("type", "about:blank").put("title", title).put("status", status)
                .put("detail", detail).encode();
        context.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, PROBLEM_JSON).end(body);
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause != null && cause.getCause() != null && cause.getCause() != cause) {
            if (cause instanceof ForbiddenException || cause instanceof UnauthorizedException
                    || cause instanceof AuthenticationFailedException) {
                return cause;
            }
            cause = cause.getCause();
        }
        return cause;
    }
}
