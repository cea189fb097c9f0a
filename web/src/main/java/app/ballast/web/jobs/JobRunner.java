package app.ballast.web.jobs;

import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs a job here and now, recording the run: started, then finished with its outcome, counts and
 * errors. It is what Quartz calls (through {@link QuartzJob}) on whichever instance fires the trigger.
 * Not transactional itself: each unit of a job's work is its own transaction, and the record of the
 * run is written apart from them.
 */
@ApplicationScoped
public class JobRunner {

    private static final Logger LOG = Logger.getLogger(JobRunner.class);

    /** The order the page and the API list the jobs in. */
    static final List<String> ORDER = List.of("price-refresh", "dca-due", "quarterly-rebalance", "warnings",
            "value-snapshot", "notification-delivery");

    private final Map<String, BallastJob> jobs = new LinkedHashMap<>();

    @Inject
    JobRuns runs;

    @Inject
    JobSettings settings;

    @Inject
    JobInstance instance;

    Clock clock = Clock.systemUTC();

    @Inject
    JobRunner(@All List<BallastJob> all) {
        all.stream().sorted(Comparator.comparingInt(JobRunner::rank).thenComparing(BallastJob::id))
                .forEach(job -> {
                    if (jobs.putIfAbsent(job.id(), job) != null) {
                        throw new IllegalStateException("two jobs with the id " + job.id());
                    }
                });
    }

    private static int rank(BallastJob job) {
        int at = ORDER.indexOf(job.id());
        return at < 0 ? ORDER.size() : at;
    }

    public List<BallastJob> jobs() {
        return List.copyOf(jobs.values());
    }

    public Optional<BallastJob> job(String id) {
        return Optional.ofNullable(id == null ? null : jobs.get(id));
    }

    /** Today in the jobs' zone. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(settings.zone()));
    }

    /** Runs the job for today. */
    @ActivateRequestContext
    public JobRuns.Run run(String id, TriggerKind trigger) {
        return run(id, trigger, today());
    }

    /**
     * Runs the job as on {@code today}; a failure of the job as a whole is recorded, never thrown.
     * A request context is active for the run (Quartz threads have none; the persistence layer reads
     * outside transactions in one).
     */
    @ActivateRequestContext
    public JobRuns.Run run(String id, TriggerKind trigger, LocalDate today) {
        BallastJob job = job(id).orElseThrow(() -> new IllegalArgumentException("no job " + id));
        long runId = runs.start(id, trigger, instance.id());
        try {
            JobResult result = job.run(today);
            JobRuns.Run run = runs.finish(runId, result);
            if (run.outcome() != JobOutcome.OK) {
                LOG.warnf("job %s: %s, %d of %d units failed", id, run.outcome(), result.failedUnits(), result.units());
            }
            return run;
        } catch (RuntimeException | Error e) {
            LOG.errorf(e, "job %s failed", id);
            try {
                return runs.fail(runId, e);
            } catch (RuntimeException unrecorded) {
                // The database went away too (the instance is stopping): the next run's start closes this
                // one as interrupted.
                e.addSuppressed(unrecorded);
                throw e;
            }
        }
    }
}
