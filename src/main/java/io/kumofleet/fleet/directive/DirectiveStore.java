package io.kumofleet.fleet.directive;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kumofleet.fanout.Target;
import io.kumofleet.fleet.audit.AuditLog;
import io.kumofleet.store.DirectiveNodeRecord;
import io.kumofleet.store.DirectiveRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** Stores, reads, expires and cancels directives with their per-node rows; each method is one transaction. */
@ApplicationScoped
public class DirectiveStore {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

    private final ObjectMapper json;
    private final Clock clock;
    private final AuditLog audit;

    public DirectiveStore(ObjectMapper json, Clock clock, AuditLog audit) {
        this.json = json;
        this.clock = clock;
        this.audit = audit;
    }

    /**
     * Stores a new active directive with a pending row per target node, and ends the active
     * directives it replaces (its creator named them) in the same transaction; returns those.
     * Other active directives with the same criteria stay: they are independent desired state, and
     * the nodes hold one rule for all of them ({@link RuleGroup}).
     */
    @Transactional
    public List<StoredDirective> create(String id, DirectiveSpec spec, List<String> nodes, String actor,
            String scheduleId, List<String> replaces) {
        if (DirectiveRecord.findById(id) != null) {
            throw new IllegalStateException("fleet id " + id + " is taken");
        }
        List<DirectiveRecord> replaced = new ArrayList<>();
        for (String other : replaces) {
            DirectiveRecord r = DirectiveRecord.findById(other);
            if (r == null || !r.kind.equals(spec.kind().name())) {
                throw new DirectiveNotFoundException(spec.kind(), other);
            }
            if (!r.state.equals(DirectiveState.ACTIVE.label())) {
                throw new DirectiveConflictException(spec.kind().label() + " " + other + " is already " + r.state
                        + "; it cannot be replaced");
            }
            r.state = DirectiveState.CANCELLED.label();
            r.endedAt = clock.instant();
            r.endedBy = "replaced by " + id;
            replaced.add(r);
        }
        insert(id, spec, nodes, actor, scheduleId);
        return replaced.stream().map(this::stored).toList();
    }

    /** The active directives of a kind with these criteria, with their node rows. */
    @Transactional
    public List<StoredDirective> active(DirectiveKind kind, Criteria c) {
        return DirectiveRecord.activeWithCriteria(kind.name(), c.campaign(), c.tenant(), c.domain(),
                        c.routingDomain(), c.queueNames() == null ? null : write(c.queueNames()), c.readyQueue())
                .stream().map(this::stored).toList();
    }

    private void insert(String id, DirectiveSpec spec, List<String> nodes, String actor, String scheduleId) {
        DirectiveRecord r = new DirectiveRecord();
        r.id = id;
        Criteria c = spec.criteria();
        r.kind = spec.kind().name();
        r.campaign = c.campaign();
        r.tenant = c.tenant();
        r.domain = c.domain();
        r.routingDomain = c.routingDomain();
        r.queueNames = c.queueNames() == null || c.queueNames().isEmpty() ? null : write(c.queueNames());
        r.readyQueue = c.readyQueue();
        r.everything = spec.everything();
        r.reason = spec.reason();
        r.suppressLogging = spec.suppressLogging();
        r.targetNodes = write(spec.target().nodes());
        r.targetTags = write(spec.target().tags());
        r.createdAt = clock.instant();
        r.createdBy = actor;
        r.expiresAt = spec.expires();
        r.state = DirectiveState.ACTIVE.label();
        r.scheduleId = scheduleId;
        r.persist();
        for (String node : nodes) {
            DirectiveNodeRecord n = new DirectiveNodeRecord();
            n.directiveId = r.id;
            n.node = node;
            n.state = NodeState.PENDING.label();
            n.persist();
        }
    }

    /** The directive with this id and kind. */
    @Transactional
    public Optional<StoredDirective> find(DirectiveKind kind, String id) {
        return Optional.ofNullable(DirectiveRecord.<DirectiveRecord>findById(id))
                .filter(r -> r.kind.equals(kind.name()))
                .map(this::stored);
    }

    /** When the directive with this fleet id was stored, if there is one and that schedule made it. */
    @Transactional
    public Optional<Instant> createdAt(String id, String scheduleId) {
        return Optional.ofNullable(DirectiveRecord.<DirectiveRecord>findById(id))
                .filter(r -> scheduleId.equals(r.scheduleId))
                .map(r -> r.createdAt);
    }

    /** Directives of a kind, newest first; {@code state} null means every state. */
    @Transactional
    public List<StoredDirective> list(DirectiveKind kind, DirectiveState state) {
        return DirectiveRecord.byKind(kind.name(), state == null ? null : state.label()).stream()
                .map(this::stored)
                .toList();
    }

    /** Every active directive, plus cancelled ones some node may still hold a rule for. */
    @Transactional
    public List<StoredDirective> needingReconciliation() {
        String needing = "d.state = ?1 or (d.state = ?2 and d.id in (select n.directiveId "
                + "from DirectiveNodeRecord n where n.state <> ?3 and n.state <> ?4))";
        Object[] params = {DirectiveState.ACTIVE.label(), DirectiveState.CANCELLED.label(),
                NodeState.CANCELLED.label(), NodeState.ABSENT.label()};
        List<DirectiveRecord> records = DirectiveRecord.list(
                "from DirectiveRecord d where " + needing + " order by d.createdAt", params);
        // every directive's rows in one query: there are thousands of directives
        Map<String, List<DirectiveNodeRecord>> rows = DirectiveNodeRecord.<DirectiveNodeRecord>list(
                        "from DirectiveNodeRecord row where row.directiveId in (select d.id from DirectiveRecord d "
                                + "where " + needing + ") order by row.node", params)
                .stream().collect(Collectors.groupingBy(row -> row.directiveId));
        return records.stream().map(r -> stored(r, rows.getOrDefault(r.id, List.of()))).toList();
    }

    /**
     * Marks active directives whose end has passed as expired, each with its audit entry: a schedule's
     * window ends as that schedule, any other directive expires as the system; returns their ids.
     */
    @Transactional
    public List<String> expireDue() {
        Instant now = clock.instant();
        List<DirectiveRecord> due = DirectiveRecord.list("state = ?1 and expiresAt <= ?2",
                DirectiveState.ACTIVE.label(), now);
        for (DirectiveRecord r : due) {
            r.state = DirectiveState.EXPIRED.label();
            r.endedAt = r.expiresAt;
            r.endedBy = "expiry";
            String kind = DirectiveKind.valueOf(r.kind).label();
            audit.record(r.scheduleId == null ? "system:expiry" : "schedule:" + r.scheduleId,
                    (r.scheduleId == null ? "expire-" : "end-window-") + kind, r.id,
                    Map.of("expires", r.expiresAt.toString()), null);
        }
        return due.stream().map(r -> r.id).toList();
    }

    /** Marks a directive cancelled; false when it was not active. */
    @Transactional
    public boolean markCancelled(String id, String actor) {
        DirectiveRecord r = DirectiveRecord.findById(id);
        if (r == null || !r.state.equals(DirectiveState.ACTIVE.label())) {
            return false;
        }
        r.state = DirectiveState.CANCELLED.label();
        r.endedAt = clock.instant();
        r.endedBy = actor;
        return true;
    }

    private Criteria criteria(DirectiveRecord r) {
        return new Criteria(r.campaign, r.tenant, r.domain, r.routingDomain, read(r.queueNames), r.readyQueue);
    }

    private StoredDirective stored(DirectiveRecord r) {
        return stored(r, DirectiveNodeRecord.of(r.id));
    }

    private StoredDirective stored(DirectiveRecord r, List<DirectiveNodeRecord> rows) {
        Criteria criteria = criteria(r);
        DirectiveSpec spec = new DirectiveSpec(DirectiveKind.valueOf(r.kind), criteria, r.everything, r.reason,
                r.suppressLogging, r.expiresAt, new Target(read(r.targetNodes), read(r.targetTags)));
        List<StoredDirective.NodeRow> nodes = rows.stream()
                .map(n -> new StoredDirective.NodeRow(n.node, NodeState.valueOf(n.state.toUpperCase()),
                        n.ruleId == null ? null : UUID.fromString(n.ruleId), n.lastStatus, n.lastError,
                        n.lastCheckedAt, n.appliedAt, n.applications))
                .toList();
        return new StoredDirective(r.id, spec, DirectiveState.valueOf(r.state.toUpperCase()), r.createdAt,
                r.createdBy, r.endedAt, r.endedBy, r.scheduleId, nodes);
    }

    private String write(List<String> values) {
        try {
            return json.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> read(String value) {
        try {
            return value == null ? null : json.readValue(value, STRINGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable stored list: " + value, e);
        }
    }
}
