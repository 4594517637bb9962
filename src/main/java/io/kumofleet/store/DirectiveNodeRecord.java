package io.kumofleet.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** What the gateway last knew of one directive's rule on one node. */
@Entity
@Table(name = "directive_node")
@IdClass(DirectiveNodeRecord.Key.class)
public class DirectiveNodeRecord extends PanacheEntityBase {

    @Id
    @Column(name = "directive_id")
    public String directiveId;

    @Id
    public String node;

    /** pending, applied, failed, absent or cancelled. */
    public String state;

    @Column(name = "rule_id")
    public String ruleId;

    @Column(name = "last_status")
    public Integer lastStatus;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "last_checked_at")
    public Instant lastCheckedAt;

    @Column(name = "applied_at")
    public Instant appliedAt;

    /** How many times the gateway sent the rule to this node (1 + re-applications). */
    public int applications;

    /** The per-node rows of a directive, by node name. */
    public static List<DirectiveNodeRecord> of(String directiveId) {
        return list("directiveId = ?1 order by node", directiveId);
    }

    /** The composite key (directive, node). */
    public static class Key implements Serializable {
        public String directiveId;
        public String node;

        public Key() {}

        public Key(String directiveId, String node) {
            this.directiveId = directiveId;
            this.node = node;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.directiveId.equals(directiveId) && k.node.equals(node);
        }

        @Override
        public int hashCode() {
            return Objects.hash(directiveId, node);
        }
    }
}
