package app.ballast.portfolio.rebalance;

/** A full rebalance sells and buys; a buy-only one spends the cash on what is most underweight. */
public enum RebalanceMode {
    FULL,
    BUY_ONLY
}
