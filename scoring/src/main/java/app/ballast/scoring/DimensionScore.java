package app.ballast.scoring;

import java.math.BigDecimal;

/**
 * One dimension of an evaluated card: the points given ({@code raw}, exact) out of {@code max}, the score
 * on 0–10 ({@code raw / max × 10}), the profile's weight and the weighted score ({@code score × weight}).
 * Score and weighted score carry 34 significant digits (MathContext.DECIMAL128).
 */
public record DimensionScore(BigDecimal raw, BigDecimal max, BigDecimal score, BigDecimal weight, BigDecimal weighted) {
}
