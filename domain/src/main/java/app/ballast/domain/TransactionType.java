package app.ballast.domain;

/** What a ledger transaction did to a holding. */
public enum TransactionType {
    BUY,
    SELL,
    DEPOSIT,
    WITHDRAWAL,
    TRANSFER,
    STAKING_REWARD,
    FEE
}
