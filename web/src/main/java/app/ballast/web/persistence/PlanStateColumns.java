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
