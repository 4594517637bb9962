package io.kumofleet.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import io.quarkus.panache.common.Parameters;
import java.util.List;

/** A stored fleet directive: what was asked, for which nodes, until when, and where it stands. */
@Entity
@Table(name = "directive")
public class DirectiveRecord extends PanacheEntityBase {

    @Id
    public String id;

    public String kind;
    public String campaign;
    public String tenant;
    public String domain;

    @Column(name = "routing_domain")
    public String routingDomain;

    /** JSON array of exact scheduled-queue names, or null. */
    @Column(name = "queue_names")
    public String queueNames;

    @Column(name = "ready_queue")
    public String readyQueue;

    public boolean everything;
    public String reason;

    @Column(name = "suppress_logging")
    public boolean suppressLogging;

    /** JSON array of node names as the request gave them. */
    @Column(name = "target_nodes")
    public String targetNodes;

    /** JSON array of tags as the request gave them. */
    @Column(name = "target_tags")
    public String targetTags;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "expires_at")
    public Instant expiresAt;

    /** active, cancelled or expired. */
    public String state;

    @Column(name = "ended_at")
    public Instant endedAt;

    @Column(name = "ended_by")
    public String endedBy;

    @Column(name = "schedule_id")
    public String scheduleId;

    @Version
    public long version;

    /**
     * Active directives of one kind with exactly these criteria (null meaning "not given"); queue
     * names compare as their stored, normalised JSON.
     */
    public static List<DirectiveRecord> activeWithCriteria(String kind, String campaign, String tenant, String domain,
            String routingDomain, String queueNames, String readyQueue) {
        Parameters params = Parameters.with("kind", kind).and("state", "active");
        StringBuilder query = new StringBuilder("kind = :kind and state = :state");
        criterion(query, params, "campaign", campaign);
        criterion(query, params, "tenant", tenant);
        criterion(query, params, "domain", domain);
        criterion(query, params, "routingDomain", routingDomain);
        criterion(query, params, "queueNames", queueNames);
        criterion(query, params, "readyQueue", readyQueue);
        return list(query.toString(), params);
    }

    private static void criterion(StringBuilder query, Parameters params, String field, String value) {
        if (value == null) {
            query.append(" and ").append(field).append(" is null");
        } else {
            query.append(" and ").append(field).append(" = :").append(field);
            params.and(field, value);
        }
    }

    /** Directives of one kind in a state ({@code null} for every state), newest first. */
    public static List<DirectiveRecord> byKind(String kind, String state) {
        return state == null
                ? list("kind = ?1 order by createdAt desc", kind)
                : list("kind = ?1 and state = ?2 order by createdAt desc", kind, state);
    }
}
