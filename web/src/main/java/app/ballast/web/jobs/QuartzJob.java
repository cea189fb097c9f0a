package app.ballast.web.jobs;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/**
 * The Quartz job behind every Ballast job (the job's name is its id). Non-concurrent: with the
 * clustered JDBC store, two fires of one job never run at the same time, on any instance; a fire
 * that arrives during a run waits for it. A failed run is recorded and not refired: the next
 * schedule runs the job again.
 */
@Dependent
@Unremovable
@DisallowConcurrentExecution
public class QuartzJob implements Job {

    /** Job data of a one-off trigger: what asked for the run (a {@link TriggerKind} name). */
    static final String TRIGGER_KIND = "ballast.trigger";

    private static final Logger LOG = Logger.getLogger(QuartzJob.class);

    @Inject
    JobRunner runner;

    @Override
    public void execute(JobExecutionContext context) {
        String id = context.getJobDetail().getKey().getName();
        try {
            runner.run(id, kind(context));
        } catch (RuntimeException | Error e) {
            // Recorded where it could be; never refired at once: the next schedule runs the job again.
            LOG.errorf(e, "job %s: the run could not be recorded", id);
        }
    }

    private static TriggerKind kind(JobExecutionContext context) {
        if (context.isRecovering()) {
            return TriggerKind.RECOVERY;
        }
        String asked = context.getMergedJobDataMap().getString(TRIGGER_KIND);
        return asked == null ? TriggerKind.SCHEDULE : TriggerKind.valueOf(asked);
    }
}
