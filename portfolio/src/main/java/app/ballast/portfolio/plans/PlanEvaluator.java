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
 *       the trailing stop price is mark × (1 − trail) and never moves down. At or below it the stop
 *       triggers once, selling {@code sellFraction} of what is left.</li>
 *   <li>A fixed stop (a price, or a fraction below average cost) triggers once at or below it.</li>
 *   <li>Each ladder step fires once, when the gain over average cost reaches its share of the target
 *       gain, selling its fraction of the planned quantity; once all have fired, a trailing
 *       take-profit (mark × (1 − the ladder's trail)) sells the rest.</li>
 *   <li>A price that is zero or negative, stale, not newer than the last accepted one, or a jump
 *       beyond {@link PriceGuard#maxJump()} from the last accepted price moves nothing and fires
 *       nothing. A jump is held; a second price within maxJump of the held one confirms it.</li>
 * </ul>
 * In one price, ladder steps come first, then the stop, then the trailing take-profit, each on what
 * the ones before left.
 */
public final class PlanEvaluator {

    /** Decimals of a suggested sale: a third of 9 units is 3, not 2.999…; what is left is sold exactly. */
    public static final int QUANTITY_SCALE = 8;

    private PlanEvaluator() {
    }

    /**
     * Evaluates one price.
     *
     * @param now the moment of evaluation, for staleness; null skips the age check
     */
    public static PlanStep onPrice(PositionPlan plan, PlanState state, PriceTick tick, PriceGuard guard, Instant now) {
        BigDecimal price = tick.price();
        if (price == null || price.signum() <= 0) {
            return new PlanStep(state, List.of(), PriceCheck.NOT_POSITIVE);
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
        if (pending != null && tick.time().isAfter(state.pendingJumpAt()) && !jump(pending, price, guard.maxJump())) {
            return accept(plan, state, tick, PriceCheck.JUMP_CONFIRMED);
        }
        PlanState held = new PlanState(state.armedAt(), state.highWaterMark(), state.stopPrice(), last,
                state.lastAcceptedAt(), price, tick.time(), state.firedSteps(), state.triggered(),
                state.takeProfitTriggered(), state.soldQuantity());
        return new PlanStep(held, List.of(), PriceCheck.JUMP_HELD);
    }

    /** What is left of the planned quantity after the events so far. */
    public static BigDecimal remaining(PositionPlan plan, PlanState state) {
        return plan.quantity().subtract(state.soldQuantity()).max(BigDecimal.ZERO);
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

    private static boolean jump(BigDecimal from, BigDecimal to, BigDecimal maxJump) {
        return to.subtract(from).abs().compareTo(from.multiply(maxJump)) > 0;
    }

    private static PlanStep accept(PositionPlan plan, PlanState state, PriceTick tick, PriceCheck check) {
        BigDecimal price = tick.price();
        Instant time = tick.time();
        BigDecimal mark = state.highWaterMark();
        BigDecimal stop = state.stopPrice();
        TrailingStop trailing = plan.trailingStop();
        if (mark == null || price.compareTo(mark) > 0) {
            mark = price;
            if (trailing != null) {
                BigDecimal raised = mark.multiply(BigDecimal.ONE.subtract(trailing.trail()));
                stop = stop == null ? raised : stop.max(raised);
            }
        }
        int fired = state.firedSteps();
        boolean triggered = state.triggered();
        boolean takeProfitTriggered = state.takeProfitTriggered();
        BigDecimal sold = state.soldQuantity();
        List<PlanEvent> events = null;

        TakeProfitLadder ladder = plan.takeProfit();
        if (ladder != null) {
            List<LadderStep> steps = ladder.steps();
            for (int i = 0; i < steps.size(); i++) {
                if ((fired & (1 << i)) != 0) {
                    continue;
                }
                BigDecimal level = ladder.stepPrice(i, plan.averageCost());
                if (price.compareTo(level) >= 0) {
                    fired |= 1 << i;
                    BigDecimal quantity = plan.quantity().multiply(steps.get(i).sellFraction())
                            .setScale(QUANTITY_SCALE, RoundingMode.HALF_EVEN).min(left(plan, sold));
                    sold = sold.add(quantity);
                    events = add(events, new PlanEvent(PlanEventType.TAKE_PROFIT_STEP, time, price, level, quantity, i));
                }
            }
        }
        if (!triggered) {
            BigDecimal level = null;
            BigDecimal fraction = null;
            if (stop != null && price.compareTo(stop) <= 0) {
                level = stop;
                fraction = trailing.sellFraction();
            }
            FixedStop fixed = plan.fixedStop();
            if (fixed != null) {
                BigDecimal fixedLevel = fixed.stopPrice(plan.averageCost());
                if (price.compareTo(fixedLevel) <= 0 && (level == null || fixedLevel.compareTo(level) > 0)) {
                    level = fixedLevel;
                    fraction = fixed.sellFraction();
                }
            }
            if (level != null) {
                triggered = true;
                BigDecimal left = left(plan, sold);
                BigDecimal quantity = fraction.compareTo(BigDecimal.ONE) == 0 ? left
                        : left.multiply(fraction).setScale(QUANTITY_SCALE, RoundingMode.HALF_EVEN).min(left);
                sold = sold.add(quantity);
                events = add(events, new PlanEvent(PlanEventType.STOP_TRIGGERED, time, price, level, quantity, null));
            }
        }
        if (ladder != null && ladder.trail() != null && !takeProfitTriggered
                && Integer.bitCount(fired) == ladder.steps().size()) {
            BigDecimal level = mark.multiply(BigDecimal.ONE.subtract(ladder.trail()));
            BigDecimal left = left(plan, sold);
            if (price.compareTo(level) <= 0 && left.signum() > 0) {
                takeProfitTriggered = true;
                sold = sold.add(left);
                events = add(events, new PlanEvent(PlanEventType.TRAILING_TAKE_PROFIT, time, price, level, left, null));
            }
        }
        PlanState next = new PlanState(state.armedAt() == null ? time : state.armedAt(), mark, stop, price, time,
                null, null, fired, triggered, takeProfitTriggered, sold);
        return new PlanStep(next, events == null ? List.of() : List.copyOf(events), check);
    }

    private static BigDecimal left(PositionPlan plan, BigDecimal sold) {
        return plan.quantity().subtract(sold).max(BigDecimal.ZERO);
    }

    private static List<PlanEvent> add(List<PlanEvent> events, PlanEvent event) {
        List<PlanEvent> list = events == null ? new ArrayList<>(2) : events;
        list.add(event);
        return list;
    }
}
