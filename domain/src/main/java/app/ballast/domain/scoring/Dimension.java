package app.ballast.domain.scoring;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The five dimensions a coin is scored on (SPEC §1), in the order the score card shows them.
 * Each dimension's score is the sum of its criteria over its maximum, times 10.
 */
public enum Dimension {
    TECHNOLOGY("technology", "0.25"),
    TOKENOMICS("tokenomics", "0.25"),
    TEAM("team", "0.20"),
    MARKET("market", "0.15"),
    RISK("risk", "0.15");

    private final String key;
    private final BigDecimal defaultWeight;

    Dimension(String key, String defaultWeight) {
        this.key = key;
        this.defaultWeight = new BigDecimal(defaultWeight);
    }

    /** The JSON key, e.g. {@code "technology"}. */
    public String key() {
        return key;
    }

    /** The weight of the default profile. */
    public BigDecimal defaultWeight() {
        return defaultWeight;
    }

    /** This dimension's criteria, in SPEC order. */
    public List<Criterion> criteria() {
        return Criteria.BY_DIMENSION.get(ordinal());
    }

    /** The sum of its criteria's maxima: 17 for technology, 10 for the others. */
    public BigDecimal max() {
        return Criteria.MAX.get(ordinal());
    }

    public static Optional<Dimension> fromKey(String key) {
        return Arrays.stream(values()).filter(d -> d.key.equals(key)).findFirst();
    }

    /** Built on first use: the criteria refer to their dimension, so they cannot be listed while it is constructed. */
    private static final class Criteria {
        static final List<List<Criterion>> BY_DIMENSION = Arrays.stream(values())
                .map(d -> Arrays.stream(Criterion.values()).filter(c -> c.dimension() == d).toList())
                .toList();
        static final List<BigDecimal> MAX = BY_DIMENSION.stream()
                .map(list -> list.stream().map(Criterion::max).reduce(BigDecimal.ZERO, BigDecimal::add))
                .toList();
    }
}
