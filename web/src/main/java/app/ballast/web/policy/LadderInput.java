package app.ballast.web.policy;

import app.ballast.domain.policy.FieldPath;
import app.ballast.domain.policy.LadderStep;
import app.ballast.domain.policy.TakeProfitLadder;

import java.math.BigDecimal;
import java.util.ArrayList;
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

    /**
     * The ladder's rules; no steps means the seed's default steps. Refused fields are reported
     * under {@code prefix} ({@code takeProfit.steps[0].sellFraction}).
     */
    public static TakeProfitLadder rules(String prefix, BigDecimal targetGain, List<Step> steps, BigDecimal trail) {
        if (steps == null || steps.isEmpty()) {
            return FieldPath.within(prefix, () -> TakeProfitLadder.defaults(targetGain, trail));
        }
        FieldProblems problems = new FieldProblems();
        List<LadderStep> checked = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            String path = "steps[" + i + "]";
            if (s == null) {
                problems.add(path, path + " is required");
                continue;
            }
            LadderStep step = problems.check(() -> FieldPath.within(path,
                    () -> new LadderStep(s.atFractionOfTarget(), s.sellFraction())));
            if (step != null) {
                checked.add(step);
            }
        }
        return FieldPath.within(prefix, () -> {
            problems.throwIfAny();
            return new TakeProfitLadder(targetGain, checked, trail);
        });
    }
}
