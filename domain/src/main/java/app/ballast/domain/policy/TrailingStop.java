package app.ballast.domain.policy;

import app.ballast.domain.InvalidValuesException;
import app.ballast.domain.Tier;

import java.math.BigDecimal;

/**
 * A trailing stop (动态止损): the stop price is the highest price since the stop was armed times
 * (1 − {@code trail}); it only moves up. At or below it the stop triggers once and suggests
 * selling {@code sellFraction} of the position (1: all of it).
 */
public record TrailingStop(BigDecimal trail, BigDecimal sellFraction) {

    public static final BigDecimal CORE_TRAIL = new BigDecimal("0.12");
    public static final BigDecimal SATELLITE_TRAIL = new BigDecimal("0.25");

    public TrailingStop {
        InvalidValuesException.Collector problems = new InvalidValuesException.Collector();
        Checks.openFraction(problems, "trail", trail);
        if (sellFraction == null) {
            sellFraction = BigDecimal.ONE;
        }
        Checks.positiveFraction(problems, "sellFraction", sellFraction);
        problems.throwIfAny();
    }

    /** A stop that sells the whole position. */
    public TrailingStop(BigDecimal trail) {
        this(trail, BigDecimal.ONE);
    }

    /** The suggested stop for a tier: core 12%, satellites 25% (the seed: BTC 10–15%, altcoins 20–30%). */
    public static TrailingStop defaultFor(Tier tier) {
        return new TrailingStop(tier == Tier.CORE ? CORE_TRAIL : SATELLITE_TRAIL);
    }
}
