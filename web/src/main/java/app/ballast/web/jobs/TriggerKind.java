package app.ballast.web.jobs;

/** What started a run. */
public enum TriggerKind {
    /** The job's schedule (or a missed fire made up for, by its misfire policy). */
    SCHEDULE,
    /** The catch-up run every instance asks for when it starts. */
    STARTUP,
    /** An admin's "run now". */
    MANUAL,
    /** Quartz re-running a job whose instance died during the run. */
    RECOVERY
}
