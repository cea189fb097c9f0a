package app.ballast.web.jobs;

/**
 * What Quartz does with fires missed while no instance ran (or every worker was busy for longer
 * than the misfire threshold, 60 s). Chosen per job; see docs/jobs.md.
 */
public enum Misfire {
    /** Fire once as soon as possible, however many fires were missed; then keep to the schedule. */
    FIRE_ONCE_NOW("fire once now"),
    /** Skip the missed fires and wait for the next one on the schedule. */
    SKIP_TO_NEXT("skip to the next fire");

    private final String description;

    Misfire(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
