package io.kumofleet.fleet.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/** One audited change as the API shows it. */
public record AuditEntry(
        long id, Instant at, String actor, String action, String subject, JsonNode request, JsonNode outcomes) {}
