package app.ballast.web.jobs;

import java.time.Instant;

/** A job as the page and the API show it: what it does, when it runs, its latest run and its next one. */
public record JobStatus(String id, String purpose, JobSchedule schedule, JobRuns.Run lastRun, Instant nextRun) {

    /** The latest run's outcome, "RUNNING" while it runs, null before the first run. */
    public String lastOutcome() {
        if (lastRun == null) {
            return null;
        }
        return lastRun.running() ? "RUNNING" : lastRun.outcome().name();
    }
}
