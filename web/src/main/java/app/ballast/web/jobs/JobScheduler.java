package app.ballast.web.jobs;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobDataMap;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.SimpleTrigger;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;

import java.time.Instant;
import java.util.Date;
import java.util.Objects;
import java.util.Optional;
import java.util.TimeZone;

/**
 * Puts Ballast's jobs into Quartz's shared (clustered, JDBC) store when an instance starts: each job
 * durable and requesting recovery (a run cut short by a dying instance is run again by another), with
 * its schedule as a trigger of the same name. A trigger already stored with the same schedule is left
 * alone, so its next fire and missed fires survive restarts; a changed setting replaces it. Then the
 * instance asks for one catch-up run of the jobs that want one.
 */
@ApplicationScoped
public class JobScheduler {

    private static final Logger LOG = Logger.getLogger(JobScheduler.class);

    static final String GROUP = "ballast";

    @Inject
    Scheduler scheduler;

    @Inject
    JobRunner runner;

    @Inject
    JobSettings settings;

    void onStart(@Observes StartupEvent event) throws SchedulerException {
        for (BallastJob job : runner.jobs()) {
            register(job);
        }
        if (settings.enabled()) {
            for (BallastJob job : runner.jobs()) {
                if (job.runsAtStartup()) {
                    runNow(job.id(), TriggerKind.STARTUP);
                }
            }
        }
    }

    private void register(BallastJob job) throws SchedulerException {
        JobDetail detail = JobBuilder.newJob(QuartzJob.class)
                .withIdentity(jobKey(job.id()))
                .withDescription(job.purpose())
                .storeDurably()
                .requestRecovery()
                .build();
        scheduler.addJob(detail, true);
        TriggerKey key = TriggerKey.triggerKey(job.id(), GROUP);
        Trigger stored = scheduler.getTrigger(key);
        if (!settings.enabled()) {
            if (stored != null) {
                scheduler.unscheduleJob(key);
                LOG.infof("job %s: schedule removed (ballast.jobs.enabled=false)", job.id());
            }
            return;
        }
        Trigger wanted = trigger(job, key);
        if (stored == null) {
            try {
                scheduler.scheduleJob(wanted);
            } catch (ObjectAlreadyExistsException e) {
                // another instance, starting at the same moment, stored it first: the same schedule
            }
        } else if (!sameSchedule(stored, job.schedule())) {
            scheduler.rescheduleJob(key, wanted);
            LOG.infof("job %s: schedule changed to %s", job.id(), job.schedule().expression());
        }
    }

    private static Trigger trigger(BallastJob job, TriggerKey key) {
        JobSchedule schedule = job.schedule();
        TriggerBuilder<Trigger> builder = TriggerBuilder.newTrigger().withIdentity(key).forJob(jobKey(job.id()));
        if (schedule.cron() != null) {
            CronScheduleBuilder cron = CronScheduleBuilder.cronSchedule(schedule.cron())
                    .inTimeZone(TimeZone.getTimeZone(schedule.zone()));
            cron = schedule.misfire() == Misfire.FIRE_ONCE_NOW
                    ? cron.withMisfireHandlingInstructionFireAndProceed()
                    : cron.withMisfireHandlingInstructionDoNothing();
            return builder.withSchedule(cron).build();
        }
        SimpleScheduleBuilder every = SimpleScheduleBuilder.simpleSchedule()
                .withIntervalInMilliseconds(schedule.interval().toMillis()).repeatForever();
        every = schedule.misfire() == Misfire.FIRE_ONCE_NOW
                ? every.withMisfireHandlingInstructionNowWithExistingCount()
                : every.withMisfireHandlingInstructionNextWithRemainingCount();
        // The first fire one interval after start: the instance is up by then.
        return builder.withSchedule(every)
                .startAt(Date.from(Instant.now().plus(schedule.interval()))).build();
    }

    private static boolean sameSchedule(Trigger stored, JobSchedule schedule) {
        if (schedule.cron() != null) {
            return stored instanceof CronTrigger cron && schedule.cron().equals(cron.getCronExpression())
                    && Objects.equals(TimeZone.getTimeZone(schedule.zone()).getID(), cron.getTimeZone().getID())
                    && stored.getMisfireInstruction() == (schedule.misfire() == Misfire.FIRE_ONCE_NOW
                    ? CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW : CronTrigger.MISFIRE_INSTRUCTION_DO_NOTHING);
        }
        return stored instanceof SimpleTrigger simple
                && simple.getRepeatInterval() == schedule.interval().toMillis()
                && stored.getMisfireInstruction() == (schedule.misfire() == Misfire.FIRE_ONCE_NOW
                ? SimpleTrigger.MISFIRE_INSTRUCTION_RESCHEDULE_NOW_WITH_EXISTING_REPEAT_COUNT
                : SimpleTrigger.MISFIRE_INSTRUCTION_RESCHEDULE_NEXT_WITH_REMAINING_COUNT);
    }

    /**
     * Asks Quartz for a run now: one instance of the cluster picks it up (after a run of the same
     * job in progress, if any). Answers false for an unknown job.
     */
    public boolean runNow(String id, TriggerKind kind) {
        if (runner.job(id).isEmpty()) {
            return false;
        }
        JobDataMap data = new JobDataMap();
        data.put(QuartzJob.TRIGGER_KIND, kind.name());
        try {
            scheduler.triggerJob(jobKey(id), data);
            return true;
        } catch (SchedulerException e) {
            throw new IllegalStateException("could not ask Quartz to run " + id + ": " + e.getMessage(), e);
        }
    }

    /** When the job's schedule fires next; empty when it has none (jobs disabled). */
    public Optional<Instant> nextRun(String id) {
        try {
            Trigger trigger = scheduler.getTrigger(TriggerKey.triggerKey(id, GROUP));
            return trigger == null || trigger.getNextFireTime() == null ? Optional.empty()
                    : Optional.of(trigger.getNextFireTime().toInstant());
        } catch (SchedulerException e) {
            LOG.warnf(e, "job %s: next fire time unknown", id);
            return Optional.empty();
        }
    }

    static JobKey jobKey(String id) {
        return JobKey.jobKey(id, GROUP);
    }
}
