package app.ballast.portfolio.plans;

/** What the price guard made of a price. Only ARMED, ACCEPTED and JUMP_CONFIRMED prices move anything. */
public enum PriceCheck {
    /** The first usable price: the plan is armed at it. */
    ARMED,
    ACCEPTED,
    /** A jump beyond the limit, confirmed by this second price near the held one. */
    JUMP_CONFIRMED,
    /** Zero or negative: ignored. */
    NOT_POSITIVE,
    /** Older than the guard allows: ignored. */
    STALE,
    /** Not newer than the last accepted price: ignored. */
    OUT_OF_ORDER,
    /** A jump beyond the limit: held until a second price confirms it. */
    JUMP_HELD;

    public boolean accepted() {
        return this == ARMED || this == ACCEPTED || this == JUMP_CONFIRMED;
    }
}
