package app.ballast.domain.policy;

/**
 * What a DCA plan does with the due dates that passed while Ballast was not running (issue 4): list
 * them as missed, or buy them late, at the price of the run that finds them. Each date is handled
 * once either way.
 */
public enum MissedDates {
    /** Recorded as MISSED, never bought (the default). */
    MISS,
    /** Bought (or suggested) when Ballast runs again, at that run's price. */
    BUY_LATE
}
