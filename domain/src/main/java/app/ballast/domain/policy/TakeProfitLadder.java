package app.ballast.domain.policy;

import app.ballast.domain.InvalidValuesException;
import app.ballast.domain.Scales;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A take-profit ladder (分批止盈): a target gain over average cost (1 = +100%), steps that each
 * sell a part of the position once the gain reaches their share of the target, and a trailing
 * take-profit ({@code trail}, null for none) on what is left once every step has fired.
 * Steps are kept in order of their threshold; each fires once.
 */
public record TakeProfitLadder(BigDecimal targetGain, List<LadderStep> steps, BigDecimal trail) {

    /** Fired steps are kept as bits of an int. */
    public static final int MAX_STEPS = 30;

    private static final BigDecimal THIRD = BigDecimal.ONE.divide(BigDecimal.valueOf(3), Scales.AMOUNT_SCALE, RoundingMode.DOWN);

    public TakeProfitLadder {
        InvalidValuesException.Collector problems = new InvalidValuesException.Collector();
        Checks.positive(problems, "targetGain", targetGain);
        if (Checks.present(problems, "steps", steps)) {
            if (steps.size() > MAX_STEPS) {
                problems.add("steps", "a ladder can have at most " + MAX_STEPS + " steps, had " + steps.size());
            }
            BigDecimal total = BigDecimal.ZERO;
            for (int i = 0; i < steps.size(); i++) {
                if (steps.get(i) == null) {
                    problems.add("steps[" + i + "]", "steps[" + i + "] is required");
                } else {
                    total = total.add(steps.get(i).sellFraction());
                }
            }
            if (total.compareTo(BigDecimal.ONE) > 0) {
                problems.add("steps", "the steps sell more than the whole position: their sellFractions add up to "
                        + Scales.plain(total));
            }
        }
        if (trail != null) {
            Checks.openFraction(problems, "trail", trail);
        }
        problems.throwIfAny();
        List<LadderStep> sorted = new ArrayList<>(steps);
        sorted.sort(Comparator.comparing(LadderStep::atFractionOfTarget));
        steps = List.copyOf(sorted);
    }

    /** The seed's ladder: a third at half the target gain, a third at the target, a trailing take-profit on the rest. */
    public static TakeProfitLadder defaults(BigDecimal targetGain, BigDecimal trail) {
        return new TakeProfitLadder(targetGain, List.of(
                new LadderStep(new BigDecimal("0.5"), THIRD),
                new LadderStep(BigDecimal.ONE, THIRD)), trail);
    }

    /** The price at which a step fires for a position bought at {@code averageCost}. */
    public BigDecimal stepPrice(int step, BigDecimal averageCost) {
        BigDecimal gain = steps.get(step).atFractionOfTarget().multiply(targetGain);
        return averageCost.multiply(BigDecimal.ONE.add(gain));
    }
}
