package io.kumofleet.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One audited change: when, who, what, the request and each node's outcome (JSON). */
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
}
