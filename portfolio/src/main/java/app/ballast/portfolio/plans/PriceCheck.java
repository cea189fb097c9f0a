package app.ballast.portfolio.plans;

/**
 * What the price guard made of a price. Only ARMED, ACCEPTED, JUMP_CONFIRMED and REARMED prices
 * move anything; an ARMED price fires nothing until the next price confirms it.
 */
public enum PriceCheck {
    /** The first usable price: the plan is armed at it (its mark), but it fires nothing on its own. */
    ARMED,
    ACCEPTED,
    /**
     * A jump beyond the limit, confirmed by this second price: one near the held price, or one also
     * beyond the limit on the same side (a crash that goes on).
     */
    JUMP_CONFIRMED,
    /** Zero or negative: ignored. */
    NOT_POSITIVE,
    /** Older than the guard allows: ignored. */
    STALE,
    /** Not newer than the last accepted price: ignored. */
    OUT_OF_ORDER,
    /** A jump beyond the limit: held until a second price confirms it. */
    JUMP_HELD,
    /** Stamped later than now by more than {@code PriceGuard.MAX_CLOCK_SKEW}: ignored. */
    FUTURE,
    /**
     * A jump away from the arming price, confirmed before any price confirmed the arming one: the
     * arming price is dropped with its mark and stop price, and the plan starts again from this one.
     */
    REARMED;

    public boolean accepted() {
        return this == ARMED || this == ACCEPTED || this == JUMP_CONFIRMED || this == REARMED;
    }
}
