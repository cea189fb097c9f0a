package app.ballast.portfolio.rebalance;

/** Which way a suggested trade goes. */
public enum Side {
    BUY,
    SELL
}
