package io.kumofleet.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.kumofleet.fanout.SelectionException;
import io.kumofleet.fleet.directive.DirectiveConflictException;
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
    public Response scheduleNotFound(ScheduleNotFoundException e) {
        return problem(404, "Not found", e.getMessage());
    }

    @ServerExceptionMapper
    public Response conflict(DirectiveConflictException e) {
        return problem(409, "Conflicting directive", e.getMessage());
    }

    @ServerExceptionMapper
    public Response notFound(DirectiveNotFoundException e) {
        return problem(404, "Not found", e.getMessage());
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e) {
        return problem(400, "Unknown field",
                "unknown field '" + e.getPropertyName() + "'; known fields: "
                        + e.getKnownPropertyIds().stream().map(String::valueOf).sorted()
                                .collect(Collectors.joining(", ")));
    }

    @ServerExceptionMapper
    public Response badValue(InvalidFormatException e) {
        return problem(400, "Invalid value", "field '" + path(e) + "': cannot read " + e.getValue()
                + " as " + e.getTargetType().getSimpleName());
    }

    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e) {
        return problem(400, "Invalid request body", "field '" + path(e) + "': " + e.getOriginalMessage());
    }

    @ServerExceptionMapper
    public Response malformed(JsonProcessingException e) {
        return problem(400, "Malformed JSON", e.getOriginalMessage());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
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

    private static String path(MismatchedInputException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
    }
}
