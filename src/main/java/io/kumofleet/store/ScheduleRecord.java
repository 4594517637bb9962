package io.kumofleet.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A stored schedule: a directive template, when its windows are, and the lease of whoever processes it. */
@Entity
@Table(name = "schedule")
public class ScheduleRecord extends PanacheEntityBase {

    @Id
    public String id;

    /** JSON of the directive template. */
    public String template;

    /** once or recurring. */
    public String mode;

    @Column(name = "start_at")
    public Instant startAt;

    @Column(name = "end_at")
    public Instant endAt;

    public String cron;
    public String zone;

    @Column(name = "duration_ms")
    public long durationMs;

    @Column(name = "until_at")
    public Instant untilAt;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;

    /** active, cancelled or finished. */
    public String state;

    @Column(name = "ended_at")
    public Instant endedAt;

    @Column(name = "ended_by")
    public String endedBy;

    @Column(name = "next_due_at")
    public Instant nextDueAt;

    @Column(name = "claimed_by")
    public String claimedBy;

    @Column(name = "claimed_until")
    public Instant claimedUntil;
}
