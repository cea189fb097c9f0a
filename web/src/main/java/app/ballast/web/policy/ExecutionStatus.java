package app.ballast.web.policy;

/**
 * What became of one due date of a DCA plan: bought and recorded, left for the investor to confirm,
 * skipped for a reason (a score below the no-buy threshold, the budget spent), or missed while
 * Ballast was not running (never bought late).
 */
public enum ExecutionStatus {
    EXECUTED,
    PENDING,
    SKIPPED,
    MISSED
}
