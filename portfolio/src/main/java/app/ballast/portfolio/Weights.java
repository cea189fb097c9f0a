package app.ballast.portfolio;

import app.ballast.domain.Money;
import app.ballast.domain.Scales;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Shares of a whole, as the holdings and allocations report them. */
final class Weights {

    private Weights() {
    }

    /** {@code part / whole} at {@link Scales#WEIGHT_SCALE} decimals, 0 when the whole is 0. */
    static BigDecimal share(Money part, Money whole) {
        if (whole.isZero()) {
            return BigDecimal.ZERO.setScale(Scales.WEIGHT_SCALE);
        }
        return part.amount().divide(whole.amount(), Scales.WEIGHT_SCALE, RoundingMode.HALF_EVEN);
    }

    static BigDecimal requireWeight(BigDecimal weight) {
        if (weight == null || weight.signum() < 0 || weight.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("weight must be between 0 and 1, was " + weight);
        }
        return weight;
    }
}
