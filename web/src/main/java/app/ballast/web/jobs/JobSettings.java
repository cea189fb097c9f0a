package app.ballast.web.jobs;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.time.ZoneId;

/**
 * The "Jobs" section of application.properties: whether this installation schedules its jobs, the
 * zone their dates and cron expressions are in, and each job's schedule (Quartz cron expressions:
 * seconds, minutes, hours, day of month, month, day of week). The price refresh's interval is the
 * market data setting {@code ballast.market.refresh-interval}.
 */
@ConfigMapping(prefix = "ballast.jobs")
public interface JobSettings {

    /**
     * false: no job runs on a schedule or at start-up (the schedules are removed from the shared
     * database); a job runs only when an admin asks. The tests use it for a quiet app.
     */
    @WithDefault("true")
    boolean enabled();

    /** The zone of "today" for the jobs and of their cron expressions. */
    @WithDefault("UTC")
    ZoneId zone();

    @WithDefault("0 5 0 * * ?")
    String dcaDueCron();

    /** First day of January, April, July and October. */
    @WithDefault("0 10 0 1 1,4,7,10 ?")
    String quarterlyRebalanceCron();

    @WithDefault("0 15 0 * * ?")
    String warningsCron();

    /** Shortly after midnight: the day that has just closed is snapshotted. */
    @WithDefault("0 20 0 * * ?")
    String valueSnapshotCron();

    @WithDefault("PT30S")
    Duration notificationDeliveryInterval();

    /** How many closed days back the value snapshot fills in after a pause (0: only yesterday). */
    @WithDefault("7")
    int valueSnapshotCatchUpDays();
}
