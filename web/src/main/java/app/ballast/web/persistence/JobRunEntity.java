package app.ballast.web.persistence;

import app.ballast.web.jobs.JobOutcome;
import app.ballast.web.jobs.TriggerKind;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One run of a scheduled job: written when it starts, completed when it ends (outcome null meanwhile). */
@Entity
@Table(name = "job_run")
public class JobRunEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "job_id", nullable = false, length = 40)
    public String jobId;

    @Column(nullable = false, length = 200)
    public String instance;

    @Enumerated(EnumType.STRING)
    @Column(name = "trigger_kind", nullable = false, length = 10)
    public TriggerKind triggerKind;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    @Column(name = "duration_ms")
    public Long durationMs;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    public JobOutcome outcome;

    @Column(columnDefinition = "text")
    public String error;

    public Integer units;

    @Column(name = "failed_units")
    public Integer failedUnits;

    public Integer changes;
}
