package app.ballast.web.persistence;

import app.ballast.portfolio.plans.PlanState;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * What a stop or a ladder keeps between prices (the engine's {@link PlanState}), as columns of its
 * table. Changed only through its methods, so that Hibernate sees every change.
 */
@Embeddable
public class PlanStateColumns {

    @Column(name = "state_armed_at")
    private Instant armedAt;

    @Column(name = "high_water_mark", precision = 38, scale = 18)
    private BigDecimal highWaterMark;

    @Column(name = "stop_price", precision = 38, scale = 18)
    private BigDecimal stopPrice;

    @Column(name = "last_price", precision = 38, scale = 18)
    private BigDecimal lastPrice;

    @Column(name = "last_price_at")
    private Instant lastPriceAt;

    @Column(name = "pending_price", precision = 38, scale = 18)
    private BigDecimal pendingPrice;

    @Column(name = "pending_at")
    private Instant pendingAt;

    /** The time of the last price fed to the plan, accepted or not: each price is fed once. */
    @Column(name = "evaluated_until")
    private Instant evaluatedUntil;

    @Column(name = "sold_quantity", nullable = false, precision = 38, scale = 18)
    private BigDecimal soldQuantity = BigDecimal.ZERO;

    /**
     * The plan follows its asset's live tick state (table asset_tick, set by the tick): its last
     * price and time, held jump and last price fed are the asset's, and its high-water mark is the
     * greater of its own and the asset's high (see the V11 migration). Use {@link #followed} to read
     * them; anything that feeds or re-arms the plan stores its own state and clears this.
     */
    @Column(name = "tick_synced", nullable = false)
    private boolean tickSynced;

    /** The engine's state, with the parts kept by the owning table. */
    public PlanState toState(int firedSteps, boolean triggered, boolean takeProfitTriggered) {
        return new PlanState(armedAt, highWaterMark, stopPrice, lastPrice, lastPriceAt, pendingPrice, pendingAt,
                firedSteps, triggered, takeProfitTriggered, soldQuantity);
    }

    public void update(PlanState state, Instant fedUntil) {
        armedAt = state.armedAt();
        highWaterMark = state.highWaterMark();
        stopPrice = state.stopPrice();
        lastPrice = state.lastAcceptedPrice();
        lastPriceAt = state.lastAcceptedAt();
        pendingPrice = state.pendingJumpPrice();
        pendingAt = state.pendingJumpAt();
        soldQuantity = state.soldQuantity();
        evaluatedUntil = fedUntil;
        tickSynced = false;
    }

    /** Whether the plan follows its asset's tick state: read it through {@link #followed}. */
    public boolean tickSynced() {
        return tickSynced;
    }

    /**
     * The plan's state with what it follows from its asset's tick state filled in (a new object, not
     * synced: storing it stores the plan's own state). {@code trail}: a trailing stop's trail (its
     * stop price follows the mark), null for anything else. The same object when not synced.
     */
    public PlanStateColumns followed(BigDecimal assetHigh, BigDecimal assetLast, Instant assetLastAt,
                                     BigDecimal assetPending, Instant assetPendingAt, Instant assetEvaluatedUntil,
                                     BigDecimal trail) {
        if (!tickSynced) {
            return this;
        }
        PlanStateColumns c = new PlanStateColumns();
        c.armedAt = armedAt;
        c.highWaterMark = highWaterMark == null ? assetHigh
                : assetHigh == null ? highWaterMark : highWaterMark.max(assetHigh);
        c.stopPrice = stopPrice;
        if (trail != null && c.highWaterMark != null) {
            BigDecimal fromMark = c.highWaterMark.multiply(BigDecimal.ONE.subtract(trail));
            c.stopPrice = stopPrice == null ? fromMark : stopPrice.max(fromMark);
        }
        c.lastPrice = assetLast;
        c.lastPriceAt = assetLastAt;
        c.pendingPrice = assetPending;
        c.pendingAt = assetPendingAt;
        c.evaluatedUntil = assetEvaluatedUntil;
        c.soldQuantity = soldQuantity;
        c.tickSynced = false;
        return c;
    }

    /** Stores {@code other}'s values as this plan's own (the plan no longer follows its asset). */
    public void copyFrom(PlanStateColumns other) {
        armedAt = other.armedAt;
        highWaterMark = other.highWaterMark;
        stopPrice = other.stopPrice;
        lastPrice = other.lastPrice;
        lastPriceAt = other.lastPriceAt;
        pendingPrice = other.pendingPrice;
        pendingAt = other.pendingAt;
        evaluatedUntil = other.evaluatedUntil;
        soldQuantity = other.soldQuantity;
        tickSynced = false;
    }

    /** Unarmed: the plan starts over (it was set again). */
    public void reset() {
        update(PlanState.UNARMED, null);
    }

    public BigDecimal highWaterMark() {
        return highWaterMark;
    }

    public BigDecimal stopPrice() {
        return stopPrice;
    }

    public BigDecimal lastPrice() {
        return lastPrice;
    }

    public Instant lastPriceAt() {
        return lastPriceAt;
    }

    public BigDecimal pendingPrice() {
        return pendingPrice;
    }

    public Instant evaluatedUntil() {
        return evaluatedUntil;
    }
}
