package app.ballast.portfolio.plans;

import app.ballast.domain.InvalidValuesException;
import app.ballast.domain.Scales;
import app.ballast.domain.policy.FixedStop;
import app.ballast.domain.policy.TakeProfitLadder;
import app.ballast.domain.policy.TrailingStop;

import java.math.BigDecimal;

/**
 * The plans set on one position: a trailing stop, a fixed stop and a take-profit ladder, each
 * optional (a stored stop alone is a plan with the other two null).
 *
 * @param quantity    the position the plans cover, as it was when they were armed: ladder steps
 *                    sell fractions of it
 * @param averageCost the position's average cost, needed by a ladder and by a stop below cost
 */
public record PositionPlan(String symbol, BigDecimal quantity, BigDecimal averageCost, TrailingStop trailingStop,
                           FixedStop fixedStop, TakeProfitLadder takeProfit) {

    public PositionPlan {
        InvalidValuesException.Collector problems = new InvalidValuesException.Collector();
        if (symbol == null || symbol.isBlank()) {
            problems.add("symbol", "symbol is required");
        }
        if (quantity == null || quantity.signum() < 0) {
            problems.add("quantity", "quantity must be 0 or more, was " + text(quantity));
        }
        boolean needsCost = takeProfit != null || fixedStop != null && fixedStop.price() == null;
        if (averageCost != null ? averageCost.signum() <= 0 : needsCost) {
            problems.add("averageCost", "averageCost must be greater than 0 for a take-profit ladder or a stop below"
                    + " cost, was " + text(averageCost));
        }
        problems.throwIfAny();
    }

    private static String text(BigDecimal value) {
        return value == null ? "nothing" : Scales.plain(value);
    }
}
