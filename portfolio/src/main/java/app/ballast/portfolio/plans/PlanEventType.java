package app.ballast.portfolio.plans;

/** What a position plan did on a price. */
public enum PlanEventType {
    /** A trailing or fixed stop was reached: sell (part of) what is left. */
    STOP_TRIGGERED,
    /** A take-profit ladder step was reached: sell its part of the position. */
    TAKE_PROFIT_STEP,
    /** After every ladder step, the price fell back to the trailing take-profit: sell the rest. */
    TRAILING_TAKE_PROFIT
}
