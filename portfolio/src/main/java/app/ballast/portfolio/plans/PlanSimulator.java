package app.ballast.portfolio.plans;

import app.ballast.domain.InvalidValuesException;
import app.ballast.domain.Scales;
import app.ballast.domain.policy.PriceGuard;
import app.ballast.domain.policy.TakeProfitLadder;
import app.ballast.domain.policy.TrailingStop;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Replays a trailing stop and a take-profit ladder over daily closes ({@code POST /api/plans/simulate}),
 * with the same rules as the live plans: armed on the first price (which fires nothing until the
 * next price confirms it), jumps beyond 50% held until confirmed, nothing stale (history does not age).
 */
public final class PlanSimulator {

    private PlanSimulator() {
    }

    public static SimulationResult simulate(BigDecimal quantity, BigDecimal averageCost, List<DatedPrice> prices,
                                            TrailingStop stop, TakeProfitLadder ladder) {
        return simulate(quantity, averageCost, prices, stop, ladder, PriceGuard.HISTORY);
    }

    public static SimulationResult simulate(BigDecimal quantity, BigDecimal averageCost, List<DatedPrice> prices,
                                            TrailingStop stop, TakeProfitLadder ladder, PriceGuard guard) {
        check(quantity, averageCost, prices);
        PositionPlan plan = new PositionPlan("SIMULATED", quantity, averageCost, stop, null, ladder);
        PlanState state = PlanState.UNARMED;
        List<SimulationEvent> events = new ArrayList<>();
        for (DatedPrice price : prices) {
            PriceTick tick = new PriceTick(price.date().atStartOfDay().toInstant(ZoneOffset.UTC), price.price());
            PlanStep step = PlanEvaluator.onPrice(plan, state, tick, guard, null);
            state = step.state();
            for (PlanEvent e : step.events()) {
                events.add(new SimulationEvent(price.date(), e.type(), e.price(), e.level(), e.quantity()));
            }
        }
        return new SimulationResult(events, state.highWaterMark(), PlanEvaluator.remaining(plan, state),
                state.stopPrice());
    }

    private static void check(BigDecimal quantity, BigDecimal averageCost, List<DatedPrice> prices) {
        InvalidValuesException.Collector problems = new InvalidValuesException.Collector();
        if (quantity == null || quantity.signum() <= 0) {
            problems.add("quantity", "quantity must be greater than 0, was " + text(quantity));
        }
        if (averageCost == null || averageCost.signum() <= 0) {
            problems.add("averageCost", "averageCost must be greater than 0, was " + text(averageCost));
        }
        if (prices == null || prices.isEmpty()) {
            problems.add("prices", "prices must hold at least one price");
        } else {
            LocalDate previous = null;
            for (int i = 0; i < prices.size(); i++) {
                DatedPrice p = prices.get(i);
                if (p == null) {
                    problems.add("prices[" + i + "]", "prices[" + i + "] is required");
                    continue;
                }
                if (previous != null && !p.date().isAfter(previous)) {
                    problems.add("prices[" + i + "].date", "prices must be in date order, one per date: "
                            + p.date() + " comes after " + previous);
                }
                previous = p.date();
            }
        }
        problems.throwIfAny();
    }

    private static String text(BigDecimal value) {
        return value == null ? "nothing" : Scales.plain(value);
    }
}
