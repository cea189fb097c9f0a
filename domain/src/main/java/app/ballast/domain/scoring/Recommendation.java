package app.ballast.domain.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/** The five bands of the total score (SPEC §1), from the highest; each starts at its {@link #minimum()}. */
public enum Recommendation {
    /** Fundamentals excellent, low risk: suitable for a large position. */
    STRONG_BUY("8.5"),
    /** Good quality: a moderate allocation. */
    BUY("7.0"),
    /** Potential but high risk: a small position, watched. */
    CAUTIOUS("5.5"),
    /** Clear flaws: the risk exceeds the opportunity. */
    AVOID("4.0"),
    /** Very high risk: stay out. */
    STRONG_AVOID("0");

    private final BigDecimal minimum;

    Recommendation(String minimum) {
        this.minimum = new BigDecimal(minimum);
    }

    /** The lowest total in this band (inclusive). */
    public BigDecimal minimum() {
        return minimum;
    }

    /**
     * The band of an exact total. A total that was rounded before this call may land in the wrong band:
     * {@code ScoreCalculator} decides the band from the exact fraction instead.
     */
    public static Recommendation of(BigDecimal total) {
        Objects.requireNonNull(total, "total");
        for (Recommendation band : values()) {
            if (total.compareTo(band.minimum) >= 0) {
                return band;
            }
        }
        return STRONG_AVOID;
    }
}
