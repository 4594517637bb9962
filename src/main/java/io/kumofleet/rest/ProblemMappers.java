package io.kumofleet.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.kumofleet.dns.DnsLookupException;
import io.kumofleet.fanout.FanoutLimitException;
import io.kumofleet.fanout.SelectionException;
import io.kumofleet.fleet.ActionForbiddenException;
import io.kumofleet.fleet.directive.DirectiveConflictException;
import io.kumofleet.schedule.DuplicateScheduleException;
import io.kumofleet.schedule.ScheduleNotFoundException;
import io.kumofleet.fleet.directive.DirectiveNotFoundException;
import io.kumofleet.fleet.InvalidRequestException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every exception mapper of the API, in one place: errors become problem+json, never stack traces. */
public class ProblemMappers {

    static final String PROBLEM_JSON = "application/problem+json";
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response selection(SelectionException e) {
        return problem(422, "Bad target", e.getMessage());
    }

    @ServerExceptionMapper
    public Response invalid(InvalidRequestException e) {
        return problem(422, "Invalid request", e.getMessage());
    }

    @ServerExceptionMapper
    public Response dns(DnsLookupException e) {
        return e.noSuchDomain()
                ? problem(422, "Unknown domain", e.getMessage())
                : problem(503, "DNS lookup failed", e.getMessage());
    }

    @ServerExceptionMapper
    public Response scheduleNotFound(ScheduleNotFoundException e) {
        return problem(404, "Not found", e.getMessage());
    }

    @ServerExceptionMapper
    public Response conflict(DirectiveConflictException e) {
        return problem(409, "Conflicting directive", e.getMessage());
    }

    @ServerExceptionMapper
    public Response duplicateSchedule(DuplicateScheduleException e) {
        return problem(409, "Duplicate schedule", e.getMessage());
    }

    @ServerExceptionMapper
    public Response notFound(DirectiveNotFoundException e) {
        return problem(404, "Not found", e.getMessage());
    }

    @ServerExceptionMapper
    public Response forbidden(ActionForbiddenException e) {
        return problem(403, "Forbidden", e.getMessage());
    }

    @ServerExceptionMapper
    public Response busy(FanoutLimitException e) {
        return Response.fromResponse(problem(429, "Too many fan-outs", e.getMessage())).header("Retry-After", "1")
                .build();
    }

    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e) {
        return json(e);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return problem(400, "Unknown field", "unknown field '" + unknown.getPropertyName() + "'; known fields: "
                    + unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted()
                            .collect(Collectors.joining(", ")));
        }
        if (e instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()) {
            return problem(400, "Invalid value", "field '" + path(mismatched) + "' must be "
                    + expected(mismatched.getTargetType()));
        }
        if (e instanceof MismatchedInputException) {
            return problem(400, "Malformed JSON", e.getOriginalMessage().startsWith("Trailing token")
                    ? "the request body must be one JSON object with nothing after it"
                    : "the request body must be a JSON object, e.g. {\"reason\": \"...\"}");
        }
        return problem(400, "Malformed JSON", "the request body is not valid JSON: " + inUsersWords(e));
    }

    /** The parser's complaint without Jackson's hints, which name its Java classes and features. */
    private static String inUsersWords(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        if (message.startsWith("Duplicate field")) {
            return message.replace("Duplicate field", "field") + " is given twice";
        }
        message = message.replaceAll(": enable `[^`]*` to allow.*", "").replaceAll("`[\\w.$]+`", "the body");
        return message.replaceAll("\\s+", " ").trim();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return json(json);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("request failed", e);
        }
        return problem(status, e.getResponse().getStatusInfo().getReasonPhrase(), e.getMessage());
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        LOG.error("unexpected failure", e);
        return problem(500, "Internal error", "the gateway failed unexpectedly; see its log");
    }

    static Response problem(int status, String title, String detail) {
        return Response.status(status).type(PROBLEM_JSON).entity(Problem.of(status, title, detail)).build();
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "an RFC 3339 date-time such as 2026-01-31T12:00:00Z";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "an object";
    }

    private static String path(MismatchedInputException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
    }
}
