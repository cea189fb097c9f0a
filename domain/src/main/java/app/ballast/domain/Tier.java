package app.ballast.domain;

/** Where an asset sits in the portfolio: the long-term core or a smaller satellite bet. */
public enum Tier {
    CORE,
    SATELLITE
}
