package io.kumofleet.rest;

import io.kumofleet.fleet.audit.AuditEntry;
import io.kumofleet.fleet.audit.AuditLog;
import io.kumofleet.fleet.InvalidRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

/** The audit trail of every change. */
@Path("/api/fleet/v1/audit")
public class AuditResource {

    private static final int MAX_LIMIT = 1000;

    private final AuditLog audit;

    public AuditResource(AuditLog audit) {
        this.audit = audit;
    }

    @GET
    @Operation(summary = "Audit entries, newest first")
    public List<AuditEntry> list(
            @Parameter(description = "RFC 3339 instant; entries at or after it") @RestQuery String since,
            @Parameter(description = "RFC 3339 instant; entries before it") @RestQuery String until,
            @Parameter(description = "e.g. create-bounce, cancel-suspension, reapply-bounce, set-log-filter")
                    @RestQuery String action,
            @Parameter(description = "at most this many (default 100, at most 1000)") @RestQuery Integer limit) {
        int max = limit == null ? 100 : limit;
        if (max < 1 || max > MAX_LIMIT) {
            throw new InvalidRequestException("limit must be between 1 and " + MAX_LIMIT);
        }
        return audit.list(instant("since", since), instant("until", until), action, max);
    }

    private static Instant instant(String name, String value) {
        try {
            return value == null ? null : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(name + " must be an RFC 3339 instant such as 2026-01-31T12:00:00Z");
        }
    }
}
