package app.ballast.domain.policy;

/** How often a DCA plan buys. */
public enum Frequency {
    /** Every day. */
    DAILY,
    /** Every week on the plan's weekday. */
    WEEKLY,
    /** Every second week on the plan's weekday, counted from the first such weekday on or after the start. */
    BIWEEKLY,
    /** Every month on the plan's day of the month; 31 (or any day the month lacks) means its last day. */
    MONTHLY
}
