package app.ballast.domain.scoring;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;

/**
 * One line of the score card: what the investor scores from 0 to {@link #max()} points (SPEC §1).
 * Risk criteria score safety: more points mean lower risk.
 */
public enum Criterion {
    ARCHITECTURE(Dimension.TECHNOLOGY, "architecture", 3),
    INNOVATION(Dimension.TECHNOLOGY, "innovation", 4),
    SECURITY(Dimension.TECHNOLOGY, "security", 3),
    SCALABILITY(Dimension.TECHNOLOGY, "scalability", 3),
    ECOSYSTEM(Dimension.TECHNOLOGY, "ecosystem", 4),
    ALLOCATION(Dimension.TOKENOMICS, "allocation", 3),
    UNLOCK_SCHEDULE(Dimension.TOKENOMICS, "unlockSchedule", 3),
    VALUE_CAPTURE(Dimension.TOKENOMICS, "valueCapture", 2),
    INFLATION(Dimension.TOKENOMICS, "inflation", 2),
    BACKGROUND(Dimension.TEAM, "background", 4),
    TRANSPARENCY(Dimension.TEAM, "transparency", 3),
    COMMUNITY(Dimension.TEAM, "community", 3),
    PERFORMANCE(Dimension.MARKET, "performance", 3),
    LIQUIDITY(Dimension.MARKET, "liquidity", 4),
    DISTRIBUTION(Dimension.MARKET, "distribution", 3),
    REGULATORY(Dimension.RISK, "regulatory", 3),
    TECHNICAL(Dimension.RISK, "technical", 3),
    MARKET_RISK(Dimension.RISK, "market", 2),
    PROJECT(Dimension.RISK, "project", 2);

    private final Dimension dimension;
    private final String key;
    private final BigDecimal max;

    Criterion(Dimension dimension, String key, int max) {
        this.dimension = dimension;
        this.key = key;
        this.max = BigDecimal.valueOf(max);
    }

    public Dimension dimension() {
        return dimension;
    }

    /** The JSON key inside its dimension, e.g. {@code "unlockSchedule"}; unique only within the dimension. */
    public String key() {
        return key;
    }

    /** The most points it can score. */
    public BigDecimal max() {
        return max;
    }

    /** Dimension and criterion keys, e.g. {@code "risk.market"}: the field path after {@code scores.}. */
    public String path() {
        return dimension.key() + "." + key;
    }

    /** The criterion with this key inside {@code dimension}. */
    public static Optional<Criterion> fromKey(Dimension dimension, String key) {
        return Arrays.stream(values()).filter(c -> c.dimension == dimension && c.key.equals(key)).findFirst();
    }
}
