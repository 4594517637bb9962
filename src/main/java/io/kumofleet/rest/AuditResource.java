package io.kumofleet.rest;

import io.kumofleet.fleet.InvalidRequestException;
import io.kumofleet.fleet.audit.AuditEntry;
import io.kumofleet.fleet.audit.AuditLog;
import io.kumofleet.fleet.audit.AuditQuery;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

/** The audit trail of every change. */
@Path("/api/fleet/v1/audit")
public class AuditResource {

    private static final Set<String> OPTIONS = Set.of("since", "until", "directive", "node", "actor", "action", "limit");
    private static final int DEFAULT_LIMIT = 100;
    private static final int MAX_LIMIT = 1000;
    private static final Pattern FLEET_ID = Pattern.compile("s?[0-9a-f]{8}");

    private final AuditLog audit;

    public AuditResource(AuditLog audit) {
        this.audit = audit;
    }

    @GET
    @Operation(summary = "Audit entries, newest first",
            description = "Every change with its actor: an API token's or OIDC user's name; schedule:<id> for a "
                    + "schedule's window starting (create-…) and ending (end-window-…); system:expiry for a "
                    + "directive's end passing (expire-…); system:reconciler for a directive re-applied on a node "
                    + "(reapply-…) or a cancel finished there (finish-cancel-…); system:log-filter-revert for log "
                    + "filters put back (revert-log-filter). The filters combine.")
    public List<AuditEntry> list(
            @Context UriInfo uri,
            @Parameter(description = "RFC 3339 instant; entries at or after it") @RestQuery String since,
            @Parameter(description = "RFC 3339 instant; entries before it") @RestQuery String until,
            @Parameter(description = "Fleet id of a directive (or of a schedule, s…); entries about it")
                    @RestQuery String directive,
            @Parameter(description = "Node name; entries whose per-node outcomes name it") @RestQuery String node,
            @Parameter(description = "e.g. alice, schedule:s1a2b3c4d, system:expiry, system:reconciler, "
                    + "system:log-filter-revert") @RestQuery String actor,
            @Parameter(description = "e.g. create-bounce, cancel-suspension, expire-bounce, end-window-bounce, "
                    + "reapply-bounce, finish-cancel-bounce, set-log-filter, revert-log-filter")
                    @RestQuery String action,
            @Parameter(description = "At most this many",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "1000", defaultValue = "100"))
                    @RestQuery String limit) {
        QueryOptions options = QueryOptions.of(uri, OPTIONS);
        int max = options.number("limit", limit, DEFAULT_LIMIT);
        if (max < 1 || max > MAX_LIMIT) {
            throw new InvalidRequestException("limit must be between 1 and " + MAX_LIMIT + ", not " + max);
        }
        String subject = options.text("directive", directive);
        if (subject != null && !FLEET_ID.matcher(subject).matches()) {
            throw new InvalidRequestException("directive must be a fleet id such as 1a2b3c4d (a schedule's: "
                    + "s1a2b3c4d), not '" + subject + "'");
        }
        return audit.list(new AuditQuery(instant(options, "since", since), instant(options, "until", until), subject,
                options.text("node", node), options.text("actor", actor), options.text("action", action), max));
    }

    private static Instant instant(QueryOptions options, String name, String value) {
        String given = options.text(name, value);
        try {
            return given == null ? null : Instant.parse(given);
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(
                    name + " must be an RFC 3339 instant such as 2026-01-31T12:00:00Z, not '" + given + "'");
        }
    }
}
