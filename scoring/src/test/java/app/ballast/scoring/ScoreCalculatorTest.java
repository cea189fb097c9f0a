package app.ballast.scoring;

import app.ballast.domain.scoring.Dimension;
import app.ballast.domain.scoring.Recommendation;
import app.ballast.domain.scoring.ScoreCard;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ScoreCalculatorTest {

    /** The seed's worked example (seed 000 §6.1). */
    static ScoreCard seedExample() {
        Map<String, Map<String, BigDecimal>> scores = new LinkedHashMap<>();
        scores.put("technology", Map.of("architecture", bd("2.5"), "innovation", bd("3"), "security", bd("2.5"),
                "scalability", bd("2"), "ecosystem", bd("3.5")));
        scores.put("tokenomics", Map.of("allocation", bd("2"), "unlockSchedule", bd("2.5"), "valueCapture", bd("1.5"),
                "inflation", bd("1")));
        scores.put("team", Map.of("background", bd("3.5"), "transparency", bd("2.5"), "community", bd("2")));
        scores.put("market", Map.of("performance", bd("2"), "liquidity", bd("3"), "distribution", bd("2.5")));
        scores.put("risk", Map.of("regulatory", bd("2"), "technical", bd("2.5"), "market", bd("1.5"), "project", bd("1.5")));
        return ScoreCard.parse(scores);
    }

    @Test
    void theSeedsWorkedExampleScoresAboutSevenPointFiveEightFiveAndIsABuy() {
        ScoreResult result = ScoreCalculator.evaluate(seedExample());

        // technology 13.5 / 17 × 10 = 135/17 = 7.941176470588235294117647058823529…
        assertEquals(bd("13.5"), result.dimension(Dimension.TECHNOLOGY).raw());
        assertEquals(bd("7.941176470588235294117647058823529"), result.dimension(Dimension.TECHNOLOGY).score());
        assertEquals(bd("7"), result.dimension(Dimension.TOKENOMICS).score());
        assertEquals(bd("8"), result.dimension(Dimension.TEAM).score());
        assertEquals(bd("7.5"), result.dimension(Dimension.MARKET).score());
        assertEquals(bd("7.5"), result.dimension(Dimension.RISK).score());
        // total = 135/17 × 0.25 + 7 × 0.25 + 8 × 0.2 + 7.5 × 0.15 × 2 = 1.98529… + 1.75 + 1.6 + 2.25 = 7.58529411764…
        assertEquals(bd("7.585294117647058823529411764705882"), result.total());
        assertEquals(bd("7.59"), result.totalRounded());
        assertEquals(Recommendation.BUY, result.recommendation());
    }

    private static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }
}
