package app.ballast.domain.policy;

import app.ballast.domain.InvalidValuesException;

import java.math.BigDecimal;

/**
 * One step of a take-profit ladder: when the gain over average cost reaches
 * {@code atFractionOfTarget} × the ladder's target gain, sell {@code sellFraction} of the position
 * the ladder was set on.
 */
public record LadderStep(BigDecimal atFractionOfTarget, BigDecimal sellFraction) {

    public LadderStep {
        InvalidValuesException.Collector problems = new InvalidValuesException.Collector();
        Checks.positive(problems, "atFractionOfTarget", atFractionOfTarget);
        Checks.positiveFraction(problems, "sellFraction", sellFraction);
        problems.throwIfAny();
    }
}
