package app.ballast.domain.policy;

import app.ballast.domain.InvalidValuesException;
import app.ballast.domain.Tier;

import java.math.BigDecimal;

/**
 * A stop-loss that does not trail: either a {@code price}, or a fraction {@code belowCost} under
 * the position's average cost (exactly one of the two). At or below it the stop triggers once
 * and suggests selling {@code sellFraction} of the position.
 */
public record FixedStop(BigDecimal price, BigDecimal belowCost, BigDecimal sellFraction) {

    /** The seed's 10–15% for BTC: the middle of it. */
    public static final BigDecimal CORE_BELOW_COST = new BigDecimal("0.12");
    /** The seed's 20–30% for altcoins: the middle of it. */
    public static final BigDecimal SATELLITE_BELOW_COST = new BigDecimal("0.25");

    public FixedStop {
        InvalidValuesException.Collector problems = new InvalidValuesException.Collector();
        if ((price == null) == (belowCost == null)) {
            problems.add("price", "give either price or belowCost, not " + (price == null ? "neither" : "both"));
        } else if (price != null) {
            Checks.positive(problems, "price", price);
        } else {
            Checks.openFraction(problems, "belowCost", belowCost);
        }
        if (sellFraction == null) {
            sellFraction = BigDecimal.ONE;
        }
        Checks.positiveFraction(problems, "sellFraction", sellFraction);
        problems.throwIfAny();
    }

    /** A stop that sells the whole position. */
    public FixedStop(BigDecimal price, BigDecimal belowCost) {
        this(price, belowCost, BigDecimal.ONE);
    }

    public static FixedStop atPrice(BigDecimal price) {
        return new FixedStop(price, null);
    }

    public static FixedStop belowCost(BigDecimal fraction) {
        return new FixedStop(null, fraction);
    }

    /** The suggested stop for a tier: 12% under cost for the core, 25% for satellites. */
    public static FixedStop defaultFor(Tier tier) {
        return belowCost(tier == Tier.CORE ? CORE_BELOW_COST : SATELLITE_BELOW_COST);
    }

    /** The price at which it triggers, for a position bought at {@code averageCost}; null if unknown. */
    public BigDecimal stopPrice(BigDecimal averageCost) {
        if (price != null) {
            return price;
        }
        return averageCost == null ? null : averageCost.multiply(BigDecimal.ONE.subtract(belowCost));
    }
}
