package app.ballast.domain.policy;

import app.ballast.domain.InvalidValuesException;
import app.ballast.domain.Scales;
import app.ballast.domain.Tier;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * An investor's portfolio policy (SPEC §4): the core assets and their shares inside the core, the
 * core's target and band, the cap on any single satellite, the sector cap (a share of the
 * satellite sleeve), the smallest trade worth making, the fee rate, and the score thresholds under
 * which an asset gets no new buys or is sold. All shares are fractions (0.65, not 65).
 *
 * <p>Problems are reported all at once, against the field names of the {@code policy} object of
 * {@code POST /api/rebalance/preview} ({@code policy.coreMin}, {@code policy.coreWeights.BTC}, …).
 *
 * @param coreWeights      each core asset's share of the core sleeve; they add up to 1
 * @param satelliteCap     the most one satellite may be of the whole portfolio
 * @param coreExemptFromCap whether core assets are exempt from {@code satelliteCap} (65% in two
 *                         assets cannot respect a 20% cap)
 * @param sectorCap        the most one sector may be of the satellite sleeve
 * @param minTrade         the smallest trade value worth suggesting, in USD
 * @param feeRate          the fee charged on a trade's value
 * @param noBuyBelow       a score under this gets no new buys
 * @param sellBelow        a score under this gets target 0: the rebalance sells it
 * @param satelliteWeights optional relative weights inside the satellite sleeve; empty means equal
 *                         weight among the eligible satellites; a satellite not named gets none
 */
public record Policy(Map<String, BigDecimal> coreWeights, BigDecimal coreTarget, BigDecimal coreMin,
                     BigDecimal coreMax, BigDecimal satelliteCap, boolean coreExemptFromCap, BigDecimal sectorCap,
                     BigDecimal minTrade, BigDecimal feeRate, BigDecimal noBuyBelow, BigDecimal sellBelow,
                     Map<String, BigDecimal> satelliteWeights) {

    /** Scores run from 0 to 10. */
    public static final BigDecimal MAX_SCORE = BigDecimal.TEN;

    /** Core weights written as thirds (0.3333) may miss 1 by this much. */
    private static final BigDecimal WEIGHT_SUM_TOLERANCE = new BigDecimal("0.0001");

    public static final Policy DEFAULT = new Policy(
            Map.of("BTC", new BigDecimal("0.5"), "ETH", new BigDecimal("0.5")),
            new BigDecimal("0.65"), new BigDecimal("0.60"), new BigDecimal("0.70"), new BigDecimal("0.20"), true,
            new BigDecimal("0.5"), BigDecimal.TEN, new BigDecimal("0.001"), new BigDecimal("5.5"),
            new BigDecimal("4.0"), Map.of());

    public Policy {
        InvalidValuesException.Collector problems = new InvalidValuesException.Collector();
        coreWeights = checkWeights(problems, "policy.coreWeights", coreWeights, true);
        satelliteWeights = checkWeights(problems, "policy.satelliteWeights", satelliteWeights, false);
        boolean target = Checks.fraction(problems, "policy.coreTarget", coreTarget);
        boolean min = Checks.fraction(problems, "policy.coreMin", coreMin);
        boolean max = Checks.fraction(problems, "policy.coreMax", coreMax);
        if (target && min && coreMin.compareTo(coreTarget) > 0) {
            problems.add("policy.coreMin", "policy.coreMin (" + Scales.plain(coreMin)
                    + ") must not be above policy.coreTarget (" + Scales.plain(coreTarget) + ")");
        }
        if (target && max && coreMax.compareTo(coreTarget) < 0) {
            problems.add("policy.coreMax", "policy.coreMax (" + Scales.plain(coreMax)
                    + ") must not be below policy.coreTarget (" + Scales.plain(coreTarget) + ")");
        }
        Checks.positiveFraction(problems, "policy.satelliteCap", satelliteCap);
        Checks.positiveFraction(problems, "policy.sectorCap", sectorCap);
        Checks.notNegative(problems, "policy.minTrade", minTrade);
        if (Checks.present(problems, "policy.feeRate", feeRate)
                && (feeRate.signum() < 0 || feeRate.compareTo(BigDecimal.ONE) >= 0)) {
            problems.add("policy.feeRate", "policy.feeRate must be at least 0 and less than 1, was "
                    + Scales.plain(feeRate));
        }
        boolean noBuy = Checks.between(problems, "policy.noBuyBelow", noBuyBelow, BigDecimal.ZERO, MAX_SCORE);
        boolean sell = Checks.between(problems, "policy.sellBelow", sellBelow, BigDecimal.ZERO, MAX_SCORE);
        if (noBuy && sell && sellBelow.compareTo(noBuyBelow) > 0) {
            problems.add("policy.sellBelow", "policy.sellBelow (" + Scales.plain(sellBelow)
                    + ") must not be above policy.noBuyBelow (" + Scales.plain(noBuyBelow) + ")");
        }
        if (coreWeights != null && satelliteWeights != null) {
            for (String symbol : satelliteWeights.keySet()) {
                if (coreWeights.containsKey(symbol)) {
                    problems.add("policy.satelliteWeights." + symbol,
                            symbol + " is a core asset; it cannot also have a satellite weight");
                }
            }
        }
        problems.throwIfAny();
    }

    /**
     * Whether an asset belongs to the core sleeve: its tier says so, or the policy names it among
     * the core assets. A core asset the policy does not name has target 0 inside the core.
     */
    public boolean inCore(String symbol, Tier tier) {
        return tier == Tier.CORE || coreWeights.containsKey(symbol);
    }

    /** Whether an asset must stay under {@link #satelliteCap()}. */
    public boolean capped(String symbol, Tier tier) {
        return !coreExemptFromCap || !inCore(symbol, tier);
    }

    /** A score under {@link #noBuyBelow()} (a missing score is no reason to stop buying). */
    public boolean noBuy(BigDecimal score) {
        return score != null && score.compareTo(noBuyBelow) < 0;
    }

    /** A score under {@link #sellBelow()}. */
    public boolean sell(BigDecimal score) {
        return score != null && score.compareTo(sellBelow) < 0;
    }

    public Policy withMinTrade(BigDecimal value) {
        return new Policy(coreWeights, coreTarget, coreMin, coreMax, satelliteCap, coreExemptFromCap, sectorCap,
                value, feeRate, noBuyBelow, sellBelow, satelliteWeights);
    }

    public Policy withFeeRate(BigDecimal value) {
        return new Policy(coreWeights, coreTarget, coreMin, coreMax, satelliteCap, coreExemptFromCap, sectorCap,
                minTrade, value, noBuyBelow, sellBelow, satelliteWeights);
    }

    public Policy withSatelliteCap(BigDecimal value, boolean coreExempt) {
        return new Policy(coreWeights, coreTarget, coreMin, coreMax, value, coreExempt, sectorCap,
                minTrade, feeRate, noBuyBelow, sellBelow, satelliteWeights);
    }

    public Policy withSectorCap(BigDecimal value) {
        return new Policy(coreWeights, coreTarget, coreMin, coreMax, satelliteCap, coreExemptFromCap, value,
                minTrade, feeRate, noBuyBelow, sellBelow, satelliteWeights);
    }

    public Policy withSatelliteWeights(Map<String, BigDecimal> value) {
        return new Policy(coreWeights, coreTarget, coreMin, coreMax, satelliteCap, coreExemptFromCap, sectorCap,
                minTrade, feeRate, noBuyBelow, sellBelow, value);
    }

    private static Map<String, BigDecimal> checkWeights(InvalidValuesException.Collector problems, String field,
                                                        Map<String, BigDecimal> weights, boolean mustAddUpToOne) {
        if (weights == null) {
            if (mustAddUpToOne) {
                problems.add(field, field + " is required");
                return null;
            }
            return Map.of();
        }
        TreeMap<String, BigDecimal> sorted = new TreeMap<>();
        BigDecimal sum = BigDecimal.ZERO;
        boolean valid = true;
        for (Map.Entry<String, BigDecimal> entry : weights.entrySet()) {
            String name = field + "." + entry.getKey();
            valid &= Checks.symbol(problems, field, entry.getKey());
            if (Checks.fraction(problems, name, entry.getValue())) {
                sum = sum.add(entry.getValue());
                sorted.put(entry.getKey(), entry.getValue());
            } else {
                valid = false;
            }
        }
        if (mustAddUpToOne && weights.isEmpty()) {
            problems.add(field, field + " must name at least one core asset");
        } else if (mustAddUpToOne && valid && sum.subtract(BigDecimal.ONE).abs().compareTo(WEIGHT_SUM_TOLERANCE) > 0) {
            problems.add(field, field + " must add up to 1, added up to " + Scales.plain(sum));
        }
        return Collections.unmodifiableSortedMap(sorted);
    }
}
