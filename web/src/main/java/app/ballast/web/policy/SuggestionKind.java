package app.ballast.web.policy;

/**
 * Why a suggestion was made: the investor asked (MANUAL), the quarterly rebalance (QUARTERLY, one per
 * quarter), or a stop or take-profit step that fired (STOP, TAKE_PROFIT: a single sell).
 */
public enum SuggestionKind {
    MANUAL,
    QUARTERLY,
    STOP,
    TAKE_PROFIT
}
