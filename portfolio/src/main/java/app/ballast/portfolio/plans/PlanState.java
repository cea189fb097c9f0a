package app.ballast.portfolio.plans;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Where a position plan stands: what it stores between prices. Immutable; the evaluator returns a
 * new state (or the same one when nothing changed).
 *
 * @param armedAt            the time of the first accepted price; null until then
 * @param highWaterMark      the highest accepted price since arming
 * @param stopPrice          the trailing stop price, high-water mark × (1 − trail); never moves down; null without a trailing stop
 * @param lastAcceptedPrice  the price the next one is compared with for jumps
 * @param pendingJumpPrice   a jump held until a second price confirms it; null if none
 * @param firedSteps         ladder steps already fired, one bit each (bit 0 = the first step)
 * @param triggered          whether a stop (trailing or fixed) has triggered; it does so once
 * @param takeProfitTriggered whether the trailing take-profit after the ladder has fired
 * @param soldQuantity       what the events so far suggested selling
 */
public record PlanState(Instant armedAt, BigDecimal highWaterMark, BigDecimal stopPrice,
                        BigDecimal lastAcceptedPrice, Instant lastAcceptedAt,
                        BigDecimal pendingJumpPrice, Instant pendingJumpAt,
                        int firedSteps, boolean triggered, boolean takeProfitTriggered, BigDecimal soldQuantity) {

    /** A plan that has seen no usable price yet. */
    public static final PlanState UNARMED = new PlanState(null, null, null, null, null, null, null, 0, false, false,
            BigDecimal.ZERO);

    public PlanState {
        if (soldQuantity == null) {
            soldQuantity = BigDecimal.ZERO;
        }
    }

    public boolean armed() {
        return armedAt != null;
    }

    public boolean stepFired(int step) {
        return (firedSteps & (1 << step)) != 0;
    }

    /** How many ladder steps have fired. */
    public int stepsFired() {
        return Integer.bitCount(firedSteps);
    }
}
