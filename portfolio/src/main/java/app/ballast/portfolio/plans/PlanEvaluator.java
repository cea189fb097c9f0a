package app.ballast.portfolio.plans;

import app.ballast.domain.policy.FixedStop;
import app.ballast.domain.policy.LadderStep;
import app.ballast.domain.policy.PriceGuard;
import app.ballast.domain.policy.TakeProfitLadder;
import app.ballast.domain.policy.TrailingStop;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Trailing stops, fixed stops and take-profit ladders as one state machine, evaluated price by
 * price (SPEC §4, issue 6). Built for bulk use: one price against 100,000 plans allocates only the
 * new states.
 *
 * <ul>
 *   <li>The high-water mark is the highest accepted price since arming (the first accepted price);
 *       the trailing stop price is mark × (1 − trail) and never moves down. It is worked out from the
 *       mark on every accepted price, so a trailing stop added to an armed plan gets one at once. At
 *       or below it the stop triggers once, selling {@code sellFraction} of what is left.</li>
 *   <li>A fixed stop (a price, or a fraction below average cost) triggers once at or below it,
 *       independently of the trailing stop: each has its own flag. When one price reaches both, the
 *       higher one (reached first on the way down) sells first, the other sells its part of the rest.</li>
 *   <li>Each ladder step fires once, when the gain over average cost reaches its share of the target
 *       gain, selling its fraction of the planned quantity; once all have fired, a trailing
 *       take-profit (mark × (1 − the ladder's trail)) sells the rest.</li>
 *   <li>Nothing fires with nothing left to sell: a stop or step reached once the plan has sold
 *       everything emits no event and is not marked as fired (what is left never grows back).</li>
 *   <li>A price that is zero or negative, stale, stamped in the future (beyond
 *       {@link PriceGuard#MAX_CLOCK_SKEW}), not newer than the last accepted one, or a jump beyond
 *       {@link PriceGuard#maxJump()} from the last accepted price moves nothing and fires nothing. A
 *       jump is held; the next price confirms it if it is within maxJump of the held one, or also
 *       beyond maxJump on the same side of the last accepted price (a crash of more than maxJump a
 *       step, such as LUNA's in May 2022, is confirmed on its second price).</li>
 *   <li>The arming price has nothing to be checked against, so it is not trusted alone: it sets the
 *       mark but fires nothing until the next price confirms it. If that next price is a jump that
 *       gets confirmed, the arming price was the odd one (a typo): it is dropped with its mark and
 *       stop price, and the plan starts again from the confirmed price ({@link PriceCheck#REARMED}).</li>
 * </ul>
 * In one price, ladder steps come first, then the stops, then the trailing take-profit, each on
 * what the ones before left.
 */
public final class PlanEvaluator {

    /** Decimals of a suggested sale: a third of 9 units is 3, not 2.999…; what is left is sold exactly. */
    public static final int QUANTITY_SCALE = 8;

    private PlanEvaluator() {
    }

    /**
     * Evaluates one price.
     *
     * @param now the moment of evaluation, for staleness and future stamps; null skips both checks
     */
    public static PlanStep onPrice(PositionPlan plan, PlanState state, PriceTick tick, PriceGuard guard, Instant now) {
        BigDecimal price = tick.price();
        if (price == null || price.signum() <= 0) {
            return new PlanStep(state, List.of(), PriceCheck.NOT_POSITIVE);
        }
        if (now != null && tick.time().isAfter(now.plus(PriceGuard.MAX_CLOCK_SKEW))) {
            return new PlanStep(state, List.of(), PriceCheck.FUTURE);
        }
        if (guard.maxAge() != null && now != null
                && Duration.between(tick.time(), now).compareTo(guard.maxAge()) > 0) {
            return new PlanStep(state, List.of(), PriceCheck.STALE);
        }
        if (state.lastAcceptedAt() != null && !tick.time().isAfter(state.lastAcceptedAt())) {
            return new PlanStep(state, List.of(), PriceCheck.OUT_OF_ORDER);
        }
        BigDecimal last = state.lastAcceptedPrice();
        if (last == null) {
            return accept(plan, state, tick, PriceCheck.ARMED);
        }
        if (!jump(last, price, guard.maxJump())) {
            return accept(plan, state, tick, PriceCheck.ACCEPTED);
        }
        BigDecimal pending = state.pendingJumpPrice();
        if (pending != null && tick.time().isAfter(state.pendingJumpAt())
                && (!jump(pending, price, guard.maxJump()) || pending.compareTo(last) == price.compareTo(last))) {
            if (state.armingUnconfirmed()) {
                return accept(plan, state.withoutMark(), tick, PriceCheck.REARMED);
            }
            return accept(plan, state, tick, PriceCheck.JUMP_CONFIRMED);
        }
        return new PlanStep(state.withPendingJump(price, tick.time()), List.of(), PriceCheck.JUMP_HELD);
    }

    /** What is left of the planned quantity after the events so far. */
    public static BigDecimal remaining(PositionPlan plan, PlanState state) {
        return plan.quantity().subtract(state.soldQuantity()).max(BigDecimal.ZERO);
    }

    /**
     * The trailing stop price the plan has now: the stored one, raised to mark × (1 − trail) (a
     * stop added to an armed plan has none stored yet); null without a trailing stop or a mark.
     */
    public static BigDecimal stopPrice(PositionPlan plan, PlanState state) {
        return trailingStopPrice(plan.trailingStop(), state.highWaterMark(), state.stopPrice());
    }

    /** The trailing take-profit price, once every ladder step has fired; null before or without one. */
    public static BigDecimal takeProfitPrice(PositionPlan plan, PlanState state) {
        TakeProfitLadder ladder = plan.takeProfit();
        if (ladder == null || ladder.trail() == null || state.highWaterMark() == null
                || state.stepsFired() < ladder.steps().size()) {
            return null;
        }
        return state.highWaterMark().multiply(BigDecimal.ONE.subtract(ladder.trail()));
    }

    private static BigDecimal trailingStopPrice(TrailingStop trailing, BigDecimal mark, BigDecimal stored) {
        if (trailing == null || mark == null) {
            return null;
        }
        BigDecimal fromMark = mark.multiply(BigDecimal.ONE.subtract(trailing.trail()));
        return stored == null ? fromMark : stored.max(fromMark);
    }

    private static boolean jump(BigDecimal from, BigDecimal to, BigDecimal maxJump) {
        return to.subtract(from).abs().compareTo(from.multiply(maxJump)) > 0;
    }

    private static PlanStep accept(PositionPlan plan, PlanState state, PriceTick tick, PriceCheck check) {
        BigDecimal price = tick.price();
        Instant time = tick.time();
        BigDecimal mark = state.highWaterMark() == null ? price : state.highWaterMark().max(price);
        TrailingStop trailing = plan.trailingStop();
        BigDecimal stop = trailingStopPrice(trailing, mark, state.stopPrice());
        Instant armedAt = state.armedAt() == null ? time : state.armedAt();
        if (check == PriceCheck.ARMED) {
            // Not trusted alone: the arming price fires nothing until the next price confirms it.
            return new PlanStep(new PlanState(armedAt, mark, stop, price, time, null, null, state.firedSteps(),
                    state.trailingStopTriggered(), state.fixedStopTriggered(), state.takeProfitTriggered(),
                    state.soldQuantity()), List.of(), check);
        }
        Sales sales = new Sales(plan, state, time, price);

        TakeProfitLadder ladder = plan.takeProfit();
        if (ladder != null) {
            List<LadderStep> steps = ladder.steps();
            for (int i = 0; i < steps.size(); i++) {
                if ((sales.fired & (1 << i)) != 0) {
                    continue;
                }
                BigDecimal level = ladder.stepPrice(i, plan.averageCost());
                if (price.compareTo(level) >= 0) {
                    BigDecimal quantity = plan.quantity().multiply(steps.get(i).sellFraction())
                            .setScale(QUANTITY_SCALE, RoundingMode.HALF_EVEN).min(sales.left());
                    if (sales.sell(PlanEventType.TAKE_PROFIT_STEP, level, quantity, i)) {
                        sales.fired |= 1 << i;
                    }
                }
            }
        }
        BigDecimal trailingLevel = !sales.trailingTriggered && stop != null && price.compareTo(stop) <= 0 ? stop : null;
        FixedStop fixed = plan.fixedStop();
        BigDecimal fixedLevel = sales.fixedTriggered || fixed == null ? null : fixed.stopPrice(plan.averageCost());
        if (fixedLevel != null && price.compareTo(fixedLevel) > 0) {
            fixedLevel = null;
        }
        // Both reached by one price: the higher stop was crossed first on the way down, so it sells first.
        boolean fixedFirst = fixedLevel != null && (trailingLevel == null || fixedLevel.compareTo(trailingLevel) > 0);
        if (fixedFirst) {
            sales.fixedTriggered = sales.stop(fixedLevel, fixed.sellFraction());
        }
        if (trailingLevel != null) {
            sales.trailingTriggered = sales.stop(trailingLevel, trailing.sellFraction());
        }
        if (fixedLevel != null && !fixedFirst) {
            sales.fixedTriggered = sales.stop(fixedLevel, fixed.sellFraction());
        }
        if (ladder != null && ladder.trail() != null && !sales.takeProfitTriggered
                && Integer.bitCount(sales.fired) == ladder.steps().size()) {
            BigDecimal level = mark.multiply(BigDecimal.ONE.subtract(ladder.trail()));
            if (price.compareTo(level) <= 0) {
                sales.takeProfitTriggered = sales.sell(PlanEventType.TRAILING_TAKE_PROFIT, level, sales.left(), null);
            }
        }
        PlanState next = new PlanState(armedAt, mark, stop, price, time, null, null, sales.fired,
                sales.trailingTriggered, sales.fixedTriggered, sales.takeProfitTriggered, sales.sold);
        return new PlanStep(next, sales.events == null ? List.of() : List.copyOf(sales.events), check);
    }

    /** What one accepted price sells, event by event, each on what the ones before left. */
    private static final class Sales {
        final PositionPlan plan;
        final Instant time;
        final BigDecimal price;
        int fired;
        boolean trailingTriggered;
        boolean fixedTriggered;
        boolean takeProfitTriggered;
        BigDecimal sold;
        List<PlanEvent> events;

        Sales(PositionPlan plan, PlanState state, Instant time, BigDecimal price) {
            this.plan = plan;
            this.time = time;
            this.price = price;
            fired = state.firedSteps();
            trailingTriggered = state.trailingStopTriggered();
            fixedTriggered = state.fixedStopTriggered();
            takeProfitTriggered = state.takeProfitTriggered();
            sold = state.soldQuantity();
        }

        BigDecimal left() {
            return plan.quantity().subtract(sold).max(BigDecimal.ZERO);
        }

        /** Sells {@code fraction} of what is left (all of it for 1); whether the stop fired. */
        boolean stop(BigDecimal level, BigDecimal fraction) {
            BigDecimal left = left();
            BigDecimal quantity = fraction.compareTo(BigDecimal.ONE) == 0 ? left
                    : left.multiply(fraction).setScale(QUANTITY_SCALE, RoundingMode.HALF_EVEN).min(left);
            return sell(PlanEventType.STOP_TRIGGERED, level, quantity, null);
        }

        /** Records the sale unless there is nothing to sell; whether it happened. */
        boolean sell(PlanEventType type, BigDecimal level, BigDecimal quantity, Integer step) {
            if (quantity.signum() <= 0) {
                return false;
            }
            sold = sold.add(quantity);
            if (events == null) {
                events = new ArrayList<>(2);
            }
            events.add(new PlanEvent(type, time, price, level, quantity, step));
            return true;
        }
    }
}
