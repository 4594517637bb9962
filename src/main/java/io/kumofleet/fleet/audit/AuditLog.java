package io.kumofleet.fleet.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kumofleet.store.AuditRecord;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

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
        entry.nodes.addAll(nodes(entry.outcomes));
        entry.persist();
    }

    /** Entries newest first, as the query selects them. */
    @Transactional
    public List<AuditEntry> list(AuditQuery query) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        condition(where, params, "at >= :since", "since", query.since());
        condition(where, params, "at < :until", "until", query.until());
        condition(where, params, "subject = :subject", "subject", query.subject());
        condition(where, params, "actor = :actor", "actor", query.actor());
        condition(where, params, "action = :action", "action", query.action());
        condition(where, params, "id in (select e.id from AuditRecord e join e.nodes n where n = :node)", "node",
                query.node());
        String hql = (where.isEmpty() ? "" : String.join(" and ", where)) + " order by at desc, id desc";
        List<AuditRecord> records = AuditRecord.find(hql, params).page(0, query.limit()).list();
        return records.stream().map(this::view).toList();
    }

    private static void condition(List<String> where, Parameters params, String clause, String name, Object value) {
        if (value != null) {
            where.add(clause);
            params.and(name, value);
        }
    }

    private AuditEntry view(AuditRecord r) {
        return new AuditEntry(r.id, r.at, r.actor, r.action, r.subject, read(r.request), read(r.outcomes));
    }

    /** The nodes the outcomes name: they are lists of {@code NodeResult}s or of maps with a "node" key. */
    private Set<String> nodes(String outcomes) {
        Set<String> nodes = new TreeSet<>();
        JsonNode tree = read(outcomes);
        if (tree != null && tree.isArray()) {
            tree.forEach(outcome -> {
                if (outcome.path("node").isTextual()) {
                    nodes.add(outcome.path("node").asText());
                }
            });
        }
        return nodes;
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
