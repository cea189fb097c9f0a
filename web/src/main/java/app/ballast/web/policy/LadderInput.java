package app.ballast.web.policy;

import java.math.BigDecimal;
import java.util.List;

/**
 * A take-profit ladder as the investor sends it ({@code POST /api/ladders}): the target gain over
 * average cost (1 = +100%), the steps (default: a third at half the target, a third at the target)
 * and the trailing take-profit on the rest (default by tier; 0 for none).
 */
public record LadderInput(String symbol, String account, BigDecimal targetGain, List<Step> steps, BigDecimal trail,
                          String armedOn, BigDecimal quantity, BigDecimal averageCost) {

    public record Step(BigDecimal atFractionOfTarget, BigDecimal sellFraction) {
    }
}
