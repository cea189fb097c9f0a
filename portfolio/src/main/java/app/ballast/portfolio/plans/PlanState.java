package app.ballast.portfolio.plans;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Where a position plan stands: what it stores between prices. Immutable; the evaluator returns a
 * new state (or the same one when nothing changed).
 *
 * @param armedAt               the time of the first accepted price; null until then
 * @param highWaterMark         the highest accepted price since arming
 * @param stopPrice             the trailing stop price, high-water mark × (1 − trail); never moves down; null
 *                              without a trailing stop
 * @param lastAcceptedPrice     the price the next one is compared with for jumps
 * @param pendingJumpPrice      a jump held until a second price confirms it; null if none
 * @param firedSteps            ladder steps already fired, one bit each (bit 0 = the first step)
 * @param trailingStopTriggered whether the trailing stop has triggered; it does so once
 * @param fixedStopTriggered    whether the fixed stop has triggered; it does so once, independently of the
 *                              trailing stop
 * @param takeProfitTriggered   whether the trailing take-profit after the ladder has fired
 * @param soldQuantity          what the events so far suggested selling
 */
public record PlanState(Instant armedAt, BigDecimal highWaterMark, BigDecimal stopPrice,
                        BigDecimal lastAcceptedPrice, Instant lastAcceptedAt,
                        BigDecimal pendingJumpPrice, Instant pendingJumpAt,
                        int firedSteps, boolean trailingStopTriggered, boolean fixedStopTriggered,
                        boolean takeProfitTriggered, BigDecimal soldQuantity) {

    /** A plan that has seen no usable price yet. */
    public static final PlanState UNARMED = new PlanState(null, null, null, null, null, null, null, 0, false, false,
            false, BigDecimal.ZERO);

    public PlanState {
        if (soldQuantity == null) {
            soldQuantity = BigDecimal.ZERO;
        }
    }

    /**
     * The state as stored before the two stops had a flag each: {@code triggered} marks both as
     * fired, so that a stored plan with one stop that has triggered never triggers again.
     */
    public PlanState(Instant armedAt, BigDecimal highWaterMark, BigDecimal stopPrice,
                     BigDecimal lastAcceptedPrice, Instant lastAcceptedAt,
                     BigDecimal pendingJumpPrice, Instant pendingJumpAt,
                     int firedSteps, boolean triggered, boolean takeProfitTriggered, BigDecimal soldQuantity) {
        this(armedAt, highWaterMark, stopPrice, lastAcceptedPrice, lastAcceptedAt, pendingJumpPrice, pendingJumpAt,
                firedSteps, triggered, triggered, takeProfitTriggered, soldQuantity);
    }

    /** Whether a stop (trailing or fixed) has triggered. */
    public boolean triggered() {
        return trailingStopTriggered || fixedStopTriggered;
    }

    public boolean armed() {
        return armedAt != null;
    }

    /**
     * Whether the plan rests on its arming price alone: no second price has confirmed it yet. Such
     * a price fires nothing, and a confirmed jump away from it replaces it (a typo, not a crash).
     * Derived from the stored times, so that states stored without it keep working.
     */
    public boolean armingUnconfirmed() {
        return armedAt != null && armedAt.equals(lastAcceptedAt);
    }

    public boolean stepFired(int step) {
        return (firedSteps & (1 << step)) != 0;
    }

    /** How many ladder steps have fired. */
    public int stepsFired() {
        return Integer.bitCount(firedSteps);
    }

    PlanState withPendingJump(BigDecimal price, Instant time) {
        return new PlanState(armedAt, highWaterMark, stopPrice, lastAcceptedPrice, lastAcceptedAt, price, time,
                firedSteps, trailingStopTriggered, fixedStopTriggered, takeProfitTriggered, soldQuantity);
    }

    /** The same plan without its mark and stop price: a discarded arming price takes them with it. */
    PlanState withoutMark() {
        return new PlanState(armedAt, null, null, lastAcceptedPrice, lastAcceptedAt, pendingJumpPrice, pendingJumpAt,
                firedSteps, trailingStopTriggered, fixedStopTriggered, takeProfitTriggered, soldQuantity);
    }
}
