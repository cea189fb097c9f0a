package app.ballast.web.jobs;

import app.ballast.web.persistence.JobRunEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The record of the jobs' runs (table job_run). Each write is its own transaction, apart from the
 * run's work: a run that fails or is rolled back is still recorded, with its error.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class JobRuns {

    /** The longest error text kept (the column is TEXT: 65,535 bytes, up to 4 per character). */
    static final int ERROR_MAX = 16_000;

    /** A run as the page and the API show it. */
    public record Run(long id, String jobId, String instance, TriggerKind trigger, Instant started, Instant finished,
                      Long durationMs, JobOutcome outcome, String error, Integer units, Integer failedUnits,
                      Integer changes) {

        public boolean running() {
            return finished == null;
        }
    }

    Clock clock = Clock.systemUTC();

    /**
     * Records a run as started. A run of the same job still open is from an instance that stopped
     * during it (runs of one job never overlap: the Quartz job is non-concurrent across the cluster),
     * so it is closed as FAILED, saying so.
     */
    public long start(String jobId, TriggerKind trigger, String instance) {
        Instant now = Instant.now(clock);
        List<JobRunEntity> open = JobRunEntity.list("jobId = ?1 and finishedAt is null", jobId);
        for (JobRunEntity stale : open) {
            stale.finishedAt = now;
            stale.outcome = JobOutcome.FAILED;
            stale.error = "interrupted: instance " + stale.instance + " stopped during the run; "
                    + (trigger == TriggerKind.RECOVERY ? "re-run by " : "the next run, by ") + instance
                    + ", does its work";
        }
        JobRunEntity run = new JobRunEntity();
        run.jobId = jobId;
        run.instance = instance;
        run.triggerKind = trigger;
        run.startedAt = now;
        run.persist();
        return run.id;
    }

    public Run finish(long runId, JobResult result) {
        JobRunEntity run = JobRunEntity.findById(runId);
        Instant now = Instant.now(clock);
        run.finishedAt = now;
        run.durationMs = Duration.between(run.startedAt, now).toMillis();
        run.outcome = result.outcome();
        run.units = result.units();
        run.failedUnits = result.failedUnits();
        run.changes = result.changes();
        run.error = result.errors().isEmpty() ? null : limit(String.join("\n", result.errors()));
        return view(run);
    }

    /** The job failed as a whole (not one of its units). */
    public Run fail(long runId, Throwable error) {
        JobRunEntity run = JobRunEntity.findById(runId);
        Instant now = Instant.now(clock);
        run.finishedAt = now;
        run.durationMs = Duration.between(run.startedAt, now).toMillis();
        run.outcome = JobOutcome.FAILED;
        run.error = limit(JobErrors.describe(error));
        return view(run);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Run> find(long runId) {
        return JobRunEntity.<JobRunEntity>findByIdOptional(runId).map(JobRuns::view);
    }

    /** Each job's latest run (running or finished), by job id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Run> latest() {
        List<JobRunEntity> rows = JobRunEntity.list("""
                from JobRunEntity r where r.id = (select max(l.id) from JobRunEntity l where l.jobId = r.jobId)""");
        Map<String, Run> latest = new LinkedHashMap<>();
        rows.forEach(r -> latest.put(r.jobId, view(r)));
        return latest;
    }

    /** The latest runs of every job, the newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Run> recent(int limit) {
        return JobRunEntity.<JobRunEntity>find("order by id desc").page(0, limit).list().stream()
                .map(JobRuns::view).toList();
    }

    private static Run view(JobRunEntity r) {
        return new Run(r.id, r.jobId, r.instance, r.triggerKind, r.startedAt, r.finishedAt, r.durationMs, r.outcome,
                r.error, r.units, r.failedUnits, r.changes);
    }

    private static String limit(String text) {
        return text.length() <= ERROR_MAX ? text : text.substring(0, ERROR_MAX - 1) + "…";
    }
}
