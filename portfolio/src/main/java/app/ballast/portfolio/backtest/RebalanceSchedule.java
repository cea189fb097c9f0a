package app.ballast.portfolio.backtest;

/**
 * When a backtest rebalances, besides investing the initial cash on the first day:
 * QUARTERLY on the first day of each quarter (Jan, Apr, Jul, Oct); THRESHOLD on those days and
 * also whenever the core leaves its band or a position exceeds its cap (at most once a week);
 * NONE never again.
 */
public enum RebalanceSchedule {
    QUARTERLY,
    THRESHOLD,
    NONE
}
