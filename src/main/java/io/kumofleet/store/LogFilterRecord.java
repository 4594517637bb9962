package io.kumofleet.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** The diagnostic log filter the gateway last set on a node, and when it reverts to the baseline. */
@Entity
@Table(name = "log_filter_node")
public class LogFilterRecord extends PanacheEntityBase {

    @Id
    public String node;

    public String filter;
    public String baseline;

    @Column(name = "set_at")
    public Instant setAt;

    @Column(name = "set_by")
    public String setBy;

    @Column(name = "revert_at")
    public Instant revertAt;

    @Column(name = "reverted_at")
    public Instant revertedAt;

    @Column(name = "last_error")
    public String lastError;

    /** Filters whose revert time has come and that are not reverted yet. */
    public static List<LogFilterRecord> dueForRevert(Instant now) {
        return list("revertAt <= ?1 and revertedAt is null", now);
    }
}
