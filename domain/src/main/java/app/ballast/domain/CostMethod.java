package app.ballast.domain;

/** How the cost of units that leave a holding is measured. */
public enum CostMethod {
    /** Every unit costs the holding's average cost at that moment. */
    MOVING_AVERAGE,
    /** The oldest units bought are the first to leave. */
    FIFO
}
