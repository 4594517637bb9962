package io.kumofleet.fanout;

import io.kumofleet.kumo.KumoBadResponseException;
import io.kumofleet.kumo.KumoHttpException;
import io.kumofleet.kumo.KumoUnreachableException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

/**
 * Why a node call failed, in terms an operator can act on.
 *
 * @param kind the class of failure
 * @param status the node's HTTP status, when it answered
 * @param message what went wrong, with the node's own words when it gave any
 */
public record NodeFailure(Kind kind, Integer status, String message) {

    /** Classes of failure. */
    public enum Kind {
        /** No answer within the node's timeout. */
        TIMEOUT,
        /** Connection refused, reset, DNS or TLS failure. */
        UNREACHABLE,
        /** The node answered with a non-2xx status. */
        HTTP_ERROR,
        /** The node answered 2xx with a body that is not what kumod sends. */
        BAD_RESPONSE,
        /** Not attempted: the node failed recently and is being given time to recover. */
        BACKED_OFF,
        /** A fault in the gateway itself. */
        INTERNAL
    }

    /** True when the node itself seems unwell (no answer, garbage, 5xx), as opposed to refusing a request. */
    public boolean meansNodeUnwell() {
        return switch (kind) {
            case TIMEOUT, UNREACHABLE, BAD_RESPONSE -> true;
            case HTTP_ERROR -> status != null && status >= 500;
            case BACKED_OFF, INTERNAL -> false;
        };
    }

    /** Translates whatever a node call failed with. */
    public static NodeFailure of(Throwable error, Duration timeout) {
        if (error instanceof TimeoutException) {
            return new NodeFailure(Kind.TIMEOUT, null,
                    error.getMessage() != null ? error.getMessage() : "no answer within " + timeout.toMillis() + " ms");
        }
        if (error instanceof KumoHttpException http) {
            return new NodeFailure(Kind.HTTP_ERROR, http.status(), http.getMessage());
        }
        if (error instanceof KumoUnreachableException) {
            return new NodeFailure(timedOut(error) ? Kind.TIMEOUT : Kind.UNREACHABLE, null, error.getMessage());
        }
        if (error instanceof KumoBadResponseException) {
            return new NodeFailure(Kind.BAD_RESPONSE, null, error.getMessage());
        }
        return new NodeFailure(Kind.INTERNAL, null, error.getClass().getSimpleName() + ": " + error.getMessage());
    }

    /** The client's own deadlines and idle timeouts race ours: a timeout is a timeout whichever fires first. */
    private static boolean timedOut(Throwable error) {
        for (Throwable t = error.getCause(); t != null; t = t.getCause()) {
            if (t instanceof TimeoutException) {
                return true;
            }
        }
        return false;
    }
}
