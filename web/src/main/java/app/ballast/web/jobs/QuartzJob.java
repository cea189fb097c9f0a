package app.ballast.web.jobs;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
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

    @Inject
    JobRunner runner;

    @Override
    public void execute(JobExecutionContext context) {
        String id = context.getJobDetail().getKey().getName();
        runner.run(id, kind(context));
    }

    private static TriggerKind kind(JobExecutionContext context) {
        if (context.isRecovering()) {
            return TriggerKind.RECOVERY;
        }
        String asked = context.getMergedJobDataMap().getString(TRIGGER_KIND);
        return asked == null ? TriggerKind.SCHEDULE : TriggerKind.valueOf(asked);
    }
}
