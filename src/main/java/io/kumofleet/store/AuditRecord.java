package io.kumofleet.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

/** One audited change: when, who, what, the request, each node's outcome (JSON) and the nodes those name. */
@Entity
@Table(name = "audit_entry")
public class AuditRecord extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Instant at;
    public String actor;
    public String action;
    public String subject;
    public String request;
    public String outcomes;

    @ElementCollection
    @CollectionTable(name = "audit_entry_node", joinColumns = @JoinColumn(name = "entry_id"))
    @Column(name = "node")
    public Set<String> nodes = new TreeSet<>();
}
