package io.kumofleet.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One window a schedule reached: firing, fired, missed or failed. */
@Entity
@Table(name = "schedule_run")
public class ScheduleRunRecord extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "schedule_id")
    public String scheduleId;

    @Column(name = "window_start")
    public Instant windowStart;

    @Column(name = "window_end")
    public Instant windowEnd;

    /** firing (claimed; its directive may be stored and its nodes still being called), fired, missed or failed. */
    public String status;

    /** When the directive was committed and its fan-out started. */
    @Column(name = "fired_at")
    public Instant firedAt;

    @Column(name = "lateness_ms")
    public Long latenessMs;

    @Column(name = "fired_by")
    public String firedBy;

    @Column(name = "directive_id")
    public String directiveId;

    public String message;

    /** JSON array of per-node outcomes of the directive it created. */
    public String outcomes;
}
