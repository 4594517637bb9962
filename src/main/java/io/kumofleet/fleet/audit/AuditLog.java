package io.kumofleet.fleet.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kumofleet.store.AuditRecord;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The audit trail: every change, who made it, what was asked and what each node said. */
@ApplicationScoped
public class AuditLog {

    private final ObjectMapper json;
    private final Clock clock;

    public AuditLog(ObjectMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    /** Records one change, in the caller's transaction if there is one (the change and its entry commit together). */
    @Transactional
    public void record(String actor, String action, String subject, Object request, Object outcomes) {
        AuditRecord entry = new AuditRecord();
        entry.at = clock.instant();
        entry.actor = actor;
        entry.action = action;
        entry.subject = subject;
        entry.request = write(request);
        entry.outcomes = write(outcomes);
        entry.persist();
    }

    /** Entries newest first, optionally within [since, until) and of one action. */
    @Transactional
    public List<AuditEntry> list(Instant since, Instant until, String action, int limit) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (since != null) {
            where.add("at >= :since");
            params.and("since", since);
        }
        if (until != null) {
            where.add("at < :until");
            params.and("until", until);
        }
        if (action != null) {
            where.add("action = :action");
            params.and("action", action);
        }
        String query = (where.isEmpty() ? "" : String.join(" and ", where)) + " order by at desc, id desc";
        List<AuditRecord> records = AuditRecord.find(query, params).page(0, limit).list();
        return records.stream().map(this::view).toList();
    }

    private AuditEntry view(AuditRecord r) {
        return new AuditEntry(r.id, r.at, r.actor, r.action, r.subject, read(r.request), read(r.outcomes));
    }

    private String write(Object value) {
        try {
            return value == null ? null : json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot record audit entry", e);
        }
    }

    private JsonNode read(String value) {
        try {
            return value == null ? null : json.readTree(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable audit entry", e);
        }
    }
}
