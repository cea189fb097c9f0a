package app.ballast.web.jobs;

import java.time.LocalDate;

/**
 * One of Ballast's scheduled jobs. A job is thin: it finds the work and calls the services that do
 * it, one unit (a user, a portfolio) per transaction, through {@link WorkUnits}. Whatever a run
 * must do once is guarded by a unique key in the database, so that a second run, on this instance
 * or another, adds nothing.
 */
public interface BallastJob {

    /** The id the API and the page show, e.g. "dca-due". */
    String id();

    /** What the job does, in a sentence for the jobs page. */
    String purpose();

    JobSchedule schedule();

    /** Whether every instance asks for a run when it starts (to catch up on what was missed while down). */
    default boolean runsAtStartup() {
        return false;
    }

    /** Does the work due on {@code today} (a date in the jobs' zone). */
    JobResult run(LocalDate today);
}
