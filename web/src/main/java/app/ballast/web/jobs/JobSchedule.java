package app.ballast.web.jobs;

import org.quartz.CronExpression;

import java.time.Duration;
import java.time.ZoneId;

/**
 * When a job runs: at a fixed interval, or on a Quartz cron expression in the jobs' zone; and what
 * happens to the fires missed while Ballast was down.
 *
 * @param expression what the API shows: an ISO-8601 interval ("PT5M") or the cron expression
 */
public record JobSchedule(String expression, Duration interval, String cron, ZoneId zone, Misfire misfire) {

    public JobSchedule {
        if ((interval == null) == (cron == null)) {
            throw new IllegalArgumentException("a schedule is an interval or a cron expression");
        }
        if (interval != null && (interval.isNegative() || interval.compareTo(Duration.ofSeconds(1)) < 0)) {
            throw new IllegalArgumentException("a job's interval must be at least 1 second, was " + interval);
        }
        if (cron != null && !CronExpression.isValidExpression(cron)) {
            throw new IllegalArgumentException("not a Quartz cron expression: \"" + cron + "\"");
        }
    }

    public static JobSchedule every(Duration interval, Misfire misfire) {
        return new JobSchedule(interval.toString(), interval, null, null, misfire);
    }

    public static JobSchedule cron(String cron, ZoneId zone, Misfire misfire) {
        return new JobSchedule(cron, null, cron, zone, misfire);
    }

    /** In words for the jobs page: "every 5 minutes", "cron 0 5 0 * * ? (UTC)". */
    public String text() {
        if (cron != null) {
            return "cron " + cron + " (" + zone.getId() + ")";
        }
        long seconds = interval.toSeconds();
        if (seconds % 3600 == 0) {
            return plural(seconds / 3600, "hour");
        }
        return seconds % 60 == 0 ? plural(seconds / 60, "minute") : plural(seconds, "second");
    }

    private static String plural(long n, String unit) {
        return n == 1 ? "every " + unit : "every " + n + " " + unit + "s";
    }
}
