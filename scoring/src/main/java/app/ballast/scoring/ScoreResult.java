package app.ballast.scoring;

import app.ballast.domain.scoring.Dimension;
import app.ballast.domain.scoring.Recommendation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An evaluated score card: the total on 0–10 (34 significant digits), the recommendation band decided on
 * the exact total, and each dimension's figures in dimension order.
 */
public record ScoreResult(BigDecimal total, Recommendation recommendation, Map<Dimension, DimensionScore> dimensions) {

    public ScoreResult {
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(recommendation, "recommendation");
        Map<Dimension, DimensionScore> copy = new EnumMap<>(Dimension.class);
        copy.putAll(dimensions);
        dimensions = Collections.unmodifiableMap(copy);
    }

    /**
     * The total as shown, to two decimals (half up). Shown only: a total just under a band edge may show
     * as the edge (8.4999… as 8.50) while its recommendation stays in the band below.
     */
    public BigDecimal totalRounded() {
        return total.setScale(2, RoundingMode.HALF_UP);
    }

    /** The dimensions keyed as in JSON ({@code "technology"}, …), in dimension order. */
    public Map<String, DimensionScore> dimensionsByKey() {
        Map<String, DimensionScore> byKey = new LinkedHashMap<>();
        dimensions.forEach((dimension, score) -> byKey.put(dimension.key(), score));
        return Collections.unmodifiableMap(byKey);
    }

    public DimensionScore dimension(Dimension dimension) {
        return dimensions.get(dimension);
    }
}
