package app.ballast.web.jobs;

/** How a run ended. */
public enum JobOutcome {
    /** Every unit of work done (or there was none). */
    OK,
    /** Some units failed (each rolled back alone and named in the run's error); the others are done. */
    PARTIAL,
    /** Nothing done: every unit failed, the job itself failed, or its instance stopped during the run. */
    FAILED
}
