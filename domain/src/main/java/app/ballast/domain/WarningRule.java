package app.ballast.domain;

/**
 * The rules that raise warnings (SPEC §3). Asset rules are evaluated by {@code scoring},
 * portfolio rules by {@code portfolio}; both produce {@link Warning}s of the same shape.
 */
public enum WarningRule {
    // asset rules (scoring)
    FDV_MC,
    LOW_VOLUME,
    THIN_LIQUIDITY,
    SENTIMENT,
    VALUE_ZONE,
    HOLDER_CONCENTRATION,
    TEAM_ALLOCATION,
    UNLOCK_PRESSURE,
    UNSUSTAINABLE_YIELD,
    STALE_SCORE,
    // portfolio rules (portfolio)
    POSITION_CAP,
    CORE_BAND,
    SECTOR_CONCENTRATION,
    VENUE_CONCENTRATION,
    STALE_PRICE,
    DEPEG,
    // position plans (portfolio)
    STOP_TRIGGERED,
    TAKE_PROFIT
}
