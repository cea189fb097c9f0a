package app.ballast.domain;

/** Where coins are kept. */
public enum AccountKind {
    EXCHANGE,
    WALLET
}
