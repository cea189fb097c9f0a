package app.ballast.web.api;

import app.ballast.domain.Scales;
import app.ballast.scoring.DimensionScore;
import app.ballast.scoring.ScoreResult;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** A score card's result as the API answers it: {@code {"total", "recommendation", "dimensions": {…}}}. */
public record ScoreJson(BigDecimal total, String recommendation, Map<String, DimensionJson> dimensions) {

    /** One dimension: points given, its maximum, the score on 0–10 and the weighted score. */
    public record DimensionJson(BigDecimal raw, BigDecimal max, BigDecimal score, BigDecimal weighted) {
        static DimensionJson of(DimensionScore d) {
            return new DimensionJson(Scales.compact(d.raw()), Scales.compact(d.max()), Scales.compact(d.score()),
                    Scales.compact(d.weighted()));
        }
    }

    public static ScoreJson of(ScoreResult result) {
        Map<String, DimensionJson> dimensions = new LinkedHashMap<>();
        result.dimensions().forEach((dimension, score) -> dimensions.put(dimension.key(), DimensionJson.of(score)));
        return new ScoreJson(Scales.compact(result.total()), result.recommendation().name(), dimensions);
    }
}
