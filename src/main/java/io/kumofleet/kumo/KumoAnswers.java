package io.kumofleet.kumo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.UpgradeRejectedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The one place where a node's answers become values or {@link KumoException}s: non-2xx answers,
 * 2xx bodies that are not what kumod's API document says, and transport failures. Every exception
 * names the node (messages too, except {@link KumoHttpException}'s, which keeps kcli's wording), and
 * every text passes through the node's {@link Redactor}.
 */
final class KumoAnswers {

    private static final int EXCERPT = 200;

    private final NodeTarget target;
    private final Duration timeout;
    private final ObjectMapper mapper;
    private final Redactor redactor;

    KumoAnswers(NodeTarget target, Duration timeout, ObjectMapper mapper) {
        this.target = target;
        this.timeout = timeout;
        this.mapper = mapper;
        this.redactor = Redactor.of(target.credentials());
    }

    /** A JSON answer read as {@code type}; {@code operation} is e.g. {@code GET /api/admin/bounce/v1}. */
    <T> T json(String operation, RestResponse<byte[]> response, TypeReference<T> type) {
        byte[] body = success(response);
        T value;
        try {
            value = mapper.readValue(body, type);
        } catch (IOException e) {
            String why = shorten(e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage());
            throw badResponse(operation, response.getStatus(), "is not what kumod's API document says (" + why + ")", body);
        }
        if (value == null) {
            throw badResponse(operation, response.getStatus(), "is JSON null", body);
        }
        return value;
    }

    /** A JSON answer that must be an object, such as rebind's {@code {}}. */
    JsonNode jsonObject(String operation, RestResponse<byte[]> response) {
        JsonNode node = json(operation, response, new TypeReference<JsonNode>() {});
        if (!node.isObject()) {
            throw badResponse(operation, response.getStatus(), "is not a JSON object", success(response));
        }
        return node;
    }

    /** A text answer (possibly empty). */
    String text(RestResponse<byte[]> response) {
        return redactor.scrub(decode(success(response)));
    }

    /**
     * A cancel's answer: 200 removed, 404 with kumod's text no such rule; anything else, including
     * axum's empty 404 for a route the node lacks, an error.
     */
    Uni<CancelOutcome> cancel(String operation, Uni<RestResponse<byte[]>> call) {
        return call.<CancelOutcome>map(response -> new CancelOutcome.Removed(text(response)))
                .onFailure(failure -> status(failure) == 404).recoverWithUni(failure -> {
                    Response response = ((WebApplicationException) failure).getResponse();
                    byte[] body = errorBody(response);
                    return body.length == 0
                            ? Uni.createFrom().failure(httpError(404, response.getStatusInfo().getReasonPhrase(), body))
                            : Uni.createFrom().item(new CancelOutcome.NotFound(redactor.scrub(decode(body))));
                })
                .onFailure().transform(failure -> failure(operation, failure));
    }

    /** A non-2xx answer as kcli reports it: status, reason phrase and plain-text body. */
    KumoHttpException httpError(int status, String reason, byte[] body) {
        String phrase = reason == null || reason.isBlank() ? HttpResponseStatus.valueOf(status).reasonPhrase() : reason;
        return new KumoHttpException(target.node(), status, redactor.scrub(phrase), redactor.scrub(decode(body)));
    }

    /** A 2xx whose body is unusable. */
    KumoBadResponseException badResponse(String operation, int status, String what, byte[] body) {
        String excerpt = shorten(redactor.scrub(decode(body)));
        String message = "node " + target.node() + ": " + operation + " answered " + status + " with a body that " + what
                + "; body (" + (body == null ? 0 : body.length) + " bytes): '" + excerpt + "'";
        return new KumoBadResponseException(target.node(), redactor.scrub(message), null, status,
                redactor.scrub(decode(body)));
    }

    /** A call that did not complete within the node timeout (Vert.x only times out until the headers). */
    KumoUnreachableException timedOut(String operation, String what) {
        String message = "node " + target.node() + ": " + operation + " failed: timed out: "
                + target.url(operation.substring(operation.indexOf(' ') + 1)) + " " + what + " within the node timeout of "
                + human(timeout);
        return new KumoUnreachableException(target.node(), message, new TimeoutException(message));
    }

    /** A connection the node did not accept within the node timeout. */
    KumoUnreachableException connectTimedOut(String operation) {
        String message = "node " + target.node() + ": " + operation + " failed: "
                + connectTimeoutReason(target.url(operation.substring(operation.indexOf(' ') + 1)));
        return new KumoUnreachableException(target.node(), message, new TimeoutException(message));
    }

    /**
     * Any failure of a call as a {@link KumoException}: ours pass through, transport failures become
     * {@link KumoUnreachableException}; programming errors are left alone.
     */
    Throwable failure(String operation, Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof ProcessingException || cause instanceof CompletionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof KumoException) {
            return cause;
        }
        if (cause instanceof WebApplicationException rejected) {
            Response response = rejected.getResponse();
            return httpError(response.getStatus(), response.getStatusInfo().getReasonPhrase(), errorBody(response));
        }
        if (cause instanceof UpgradeRejectedException rejected) {
            return httpError(rejected.getStatus(), null, rejected.getBody() == null ? null : rejected.getBody().getBytes());
        }
        String where = target.url(operation.substring(operation.indexOf(' ') + 1));
        String why = transportReason(cause, where);
        if (why == null) {
            return failure;
        }
        return new KumoUnreachableException(target.node(),
                redactor.scrub("node " + target.node() + ": " + operation + " failed: " + why), cause);
    }

    private String transportReason(Throwable cause, String where) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof io.netty.channel.ConnectTimeoutException) {
                return connectTimeoutReason(where);
            }
            if (t instanceof TimeoutException) {
                return "timed out: " + where + " sent nothing for the node timeout of " + human(timeout);
            }
            if (t instanceof UnknownHostException) {
                return "cannot resolve the host of " + where + " (" + t.getMessage() + ")";
            }
            if (t instanceof ConnectException) {
                return "cannot connect to " + where + " (" + t.getMessage() + ")";
            }
            if (t instanceof SSLException) {
                return "TLS with " + where + " failed (" + t.getMessage() + ")";
            }
        }
        if (cause instanceof IOException || cause instanceof io.vertx.core.VertxException) {
            return "connection to " + where + " failed (" + cause.getClass().getSimpleName() + ": " + cause.getMessage() + ")";
        }
        return null;
    }

    private String connectTimeoutReason(String where) {
        return "could not connect to " + where + " within the node timeout of " + human(timeout);
    }

    /** Non-2xx answers arrive as the REST client's exception; this is a 2xx. */
    private static byte[] success(RestResponse<byte[]> response) {
        return response.getEntity() == null ? new byte[0] : response.getEntity();
    }

    /** The body of a non-2xx answer, which the REST client keeps for the exception's response. */
    private static byte[] errorBody(Response response) {
        return response.hasEntity() ? response.readEntity(byte[].class) : new byte[0];
    }

    private static int status(Throwable failure) {
        return failure instanceof WebApplicationException rejected ? rejected.getResponse().getStatus() : 0;
    }

    private static String decode(byte[] body) {
        return body == null ? "" : new String(body, StandardCharsets.UTF_8);
    }

    private static String shorten(String text) {
        return text == null || text.length() <= EXCERPT ? text : text.substring(0, EXCERPT) + "…";
    }

    static String human(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms";
    }
}
