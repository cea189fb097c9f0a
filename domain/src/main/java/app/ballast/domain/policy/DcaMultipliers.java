package app.ballast.domain.policy;

import app.ballast.domain.InvalidValuesException;
import app.ballast.domain.Scales;

import java.math.BigDecimal;

/**
 * How a DCA buy grows or shrinks with the market's mood (SPEC §4): in BTC's low value zone
 * (MVRV below {@code mvrvBelow}) buy {@code mvrvBelowFactor} times the amount, in its high zone
 * (above {@code mvrvAbove}) {@code mvrvAboveFactor} times; likewise for the Fear &amp; Greed index.
 * When both apply the factors multiply.
 */
public record DcaMultipliers(BigDecimal mvrvBelow, BigDecimal mvrvBelowFactor,
                             BigDecimal mvrvAbove, BigDecimal mvrvAboveFactor,
                             int fearGreedBelow, BigDecimal fearGreedBelowFactor,
                             int fearGreedAbove, BigDecimal fearGreedAboveFactor) {

    /** The largest factor accepted: a plan should not buy more than ten times its amount. */
    public static final BigDecimal MAX_FACTOR = BigDecimal.TEN;

    private static final BigDecimal ONE_AND_A_HALF = new BigDecimal("1.5");
    private static final BigDecimal HALF = new BigDecimal("0.5");

    /** MVRV &lt; 1 buys × 1.5, &gt; 3.5 × 0.5; Fear &amp; Greed &lt; 10 × 1.5, &gt; 90 × 0.5. */
    public static final DcaMultipliers DEFAULTS = new DcaMultipliers(BigDecimal.ONE, ONE_AND_A_HALF,
            new BigDecimal("3.5"), HALF, 10, ONE_AND_A_HALF, 90, HALF);

    /** The same thresholds with every factor 1: the amount never changes. */
    public static final DcaMultipliers NONE = new DcaMultipliers(BigDecimal.ONE, BigDecimal.ONE,
            new BigDecimal("3.5"), BigDecimal.ONE, 10, BigDecimal.ONE, 90, BigDecimal.ONE);

    public DcaMultipliers {
        InvalidValuesException.Collector problems = new InvalidValuesException.Collector();
        boolean below = Checks.notNegative(problems, "multipliers.mvrvBelow", mvrvBelow);
        boolean above = Checks.notNegative(problems, "multipliers.mvrvAbove", mvrvAbove);
        if (below && above && mvrvBelow.compareTo(mvrvAbove) > 0) {
            problems.add("multipliers.mvrvAbove", "multipliers.mvrvAbove (" + Scales.plain(mvrvAbove)
                    + ") must not be below multipliers.mvrvBelow (" + Scales.plain(mvrvBelow) + ")");
        }
        factor(problems, "multipliers.mvrvBelowFactor", mvrvBelowFactor);
        factor(problems, "multipliers.mvrvAboveFactor", mvrvAboveFactor);
        factor(problems, "multipliers.fearGreedBelowFactor", fearGreedBelowFactor);
        factor(problems, "multipliers.fearGreedAboveFactor", fearGreedAboveFactor);
        index(problems, "multipliers.fearGreedBelow", fearGreedBelow);
        index(problems, "multipliers.fearGreedAbove", fearGreedAbove);
        if (fearGreedBelow > fearGreedAbove) {
            problems.add("multipliers.fearGreedAbove", "multipliers.fearGreedAbove (" + fearGreedAbove
                    + ") must not be below multipliers.fearGreedBelow (" + fearGreedBelow + ")");
        }
        problems.throwIfAny();
    }

    /** The factor for a BTC MVRV reading; 1 without a reading. */
    public BigDecimal mvrvFactor(BigDecimal mvrv) {
        if (mvrv == null) {
            return BigDecimal.ONE;
        }
        if (mvrv.compareTo(mvrvBelow) < 0) {
            return mvrvBelowFactor;
        }
        return mvrv.compareTo(mvrvAbove) > 0 ? mvrvAboveFactor : BigDecimal.ONE;
    }

    /** The factor for a Fear &amp; Greed reading (0–100); 1 without a reading. */
    public BigDecimal fearGreedFactor(Integer fearGreed) {
        if (fearGreed == null) {
            return BigDecimal.ONE;
        }
        if (fearGreed < fearGreedBelow) {
            return fearGreedBelowFactor;
        }
        return fearGreed > fearGreedAbove ? fearGreedAboveFactor : BigDecimal.ONE;
    }

    private static void factor(InvalidValuesException.Collector problems, String field, BigDecimal value) {
        if (Checks.between(problems, field, value, BigDecimal.ZERO, MAX_FACTOR)) {
            Checks.fits(problems, field, value);
        }
    }

    private static void index(InvalidValuesException.Collector problems, String field, int value) {
        if (value < 0 || value > 100) {
            problems.add(field, field + " must be between 0 and 100, was " + value);
        }
    }
}
