package app.ballast.scoring;

import app.ballast.domain.Scales;
import app.ballast.domain.scoring.Dimension;
import app.ballast.domain.scoring.Recommendation;
import app.ballast.domain.scoring.ScoreCard;
import app.ballast.domain.scoring.WeightProfile;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The five-dimension score (SPEC §1): dimension score = points / max × 10, total = Σ score × weight.
 *
 * <p>Why the band is decided apart from the shown total: technology's maximum is 17, so its score is a
 * repeating decimal and any rounded total can cross a band edge. Multiplying by 170 (the least common multiple
 * of the maxima, 17 and 10) turns every dimension score into an exact decimal: {@code total × 170 = Σ weight ×
 * raw × 1700 / max}, where {@code 1700 / max} is 100 or 170. The band compares that exact figure with
 * {@code minimum × 170}, so a card whose total is exactly 8.5 is STRONG_BUY and one a hair below is BUY.
 */
public final class ScoreCalculator {

    /** The least common multiple of the dimension maxima (17 and 10). */
    static final BigDecimal COMMON_MULTIPLE = BigDecimal.valueOf(170);

    private static final BigDecimal TEN = BigDecimal.TEN;

    private ScoreCalculator() {
    }

    /** The card evaluated with the default profile. */
    public static ScoreResult evaluate(ScoreCard card) {
        return evaluate(card, WeightProfile.DEFAULT);
    }

    public static ScoreResult evaluate(ScoreCard card, WeightProfile profile) {
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(profile, "profile");
        Map<Dimension, DimensionScore> dimensions = new EnumMap<>(Dimension.class);
        BigDecimal scaledTotal = BigDecimal.ZERO; // total × 170, exact
        for (Dimension dimension : Dimension.values()) {
            BigDecimal raw = card.raw(dimension);
            BigDecimal max = dimension.max();
            BigDecimal weight = profile.weight(dimension);
            BigDecimal scaledScore = raw.multiply(TEN).multiply(COMMON_MULTIPLE.divide(max)); // score × 170, exact
            scaledTotal = scaledTotal.add(scaledScore.multiply(weight));
            dimensions.put(dimension, new DimensionScore(
                    Scales.compact(raw),
                    max,
                    compact(scaledScore),
                    weight,
                    compact(scaledScore.multiply(weight))));
        }
        return new ScoreResult(compact(scaledTotal), band(scaledTotal), dimensions);
    }

    /** The band of an exact {@code total × 170}. */
    static Recommendation band(BigDecimal scaledTotal) {
        for (Recommendation band : Recommendation.values()) {
            if (scaledTotal.compareTo(band.minimum().multiply(COMMON_MULTIPLE)) >= 0) {
                return band;
            }
        }
        return Recommendation.STRONG_AVOID;
    }

    /** {@code scaled / 170} to 34 significant digits, without trailing zeros. */
    private static BigDecimal compact(BigDecimal scaled) {
        return Scales.compact(scaled.divide(COMMON_MULTIPLE, MathContext.DECIMAL128));
    }
}
