package app.ballast.scoring;

import app.ballast.domain.scoring.Criterion;
import app.ballast.domain.scoring.Dimension;
import app.ballast.domain.scoring.Recommendation;
import app.ballast.domain.scoring.ScoreCard;
import app.ballast.domain.scoring.WeightProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ScoreCalculatorTest {

    @Test
    void theSeedsWorkedExampleScoresSevenPointFiveEightFiveAndIsABuy() {
        ScoreResult result = ScoreCalculator.evaluate(Cards.seedExample(), WeightProfile.DEFAULT);

        // technology: 2.5 + 3 + 2.5 + 2 + 3.5 = 13.5 of 17 → 135/17 = 7.94117647058823529411764705882352941…
        DimensionScore technology = result.dimension(Dimension.TECHNOLOGY);
        assertEquals(bd("13.5"), technology.raw());
        assertEquals(bd("17"), technology.max());
        assertEquals(bd("7.941176470588235294117647058823529"), technology.score());
        assertEquals(bd("0.25"), technology.weight());
        // 135/17 × 0.25 = 1.98529411764705882352941176470588235…
        assertEquals(bd("1.985294117647058823529411764705882"), technology.weighted());
        assertEquals(bd("7"), result.dimension(Dimension.TOKENOMICS).score());
        assertEquals(bd("8"), result.dimension(Dimension.TEAM).score());
        assertEquals(bd("1.6"), result.dimension(Dimension.TEAM).weighted());
        assertEquals(bd("7.5"), result.dimension(Dimension.MARKET).score());
        assertEquals(bd("7.5"), result.dimension(Dimension.RISK).score());
        assertEquals(bd("1.125"), result.dimension(Dimension.RISK).weighted());
        // total = 1.98529411764… + 1.75 + 1.6 + 1.125 + 1.125 = 7.58529411764705882352941176470588235…
        assertEquals(bd("7.585294117647058823529411764705882"), result.total());
        assertEquals(bd("7.59"), result.totalRounded());
        assertEquals(Recommendation.BUY, result.recommendation());
    }

    @Test
    void theDefaultProfileIsUsedWhenNoneIsGiven() {
        assertEquals(ScoreCalculator.evaluate(Cards.seedExample(), WeightProfile.DEFAULT),
                ScoreCalculator.evaluate(Cards.seedExample()));
    }

    @ParameterizedTest(name = "a total of exactly {1} is {2}")
    @CsvSource({
            "0.85, 8.5, STRONG_BUY",
            "0.70, 7, BUY",
            "0.55, 5.5, CAUTIOUS",
            "0.40, 4, AVOID",
            "1, 10, STRONG_BUY",
            "0, 0, STRONG_AVOID"})
    void aTotalExactlyOnABandEdgeIsInTheBandItStarts(String fraction, String total, Recommendation band) {
        ScoreResult result = ScoreCalculator.evaluate(Cards.atFraction(fraction), WeightProfile.DEFAULT);
        assertEquals(bd(total), result.total());
        assertEquals(band, result.recommendation());
    }

    @ParameterizedTest(name = "a hair below {1} is {2}")
    @CsvSource({
            "0.85, 8.5, BUY",
            "0.70, 7, CAUTIOUS",
            "0.55, 5.5, AVOID",
            "0.40, 4, STRONG_AVOID"})
    void aTotalJustBelowABandEdgeIsInTheBandBelow(String fraction, String edge, Recommendation band) {
        // one point-billionth of a billionth off security: the total drops by 0.25 × 10 × 1e-18 / 17
        ScoreCard card = Cards.atFraction(fraction);
        card = Cards.with(card, Criterion.SECURITY, card.score(Criterion.SECURITY).subtract(bd("1e-18")));
        ScoreResult result = ScoreCalculator.evaluate(card, WeightProfile.DEFAULT);
        assertEquals(band, result.recommendation());
        assertEquals(-1, result.total().compareTo(bd(edge)));
    }

    @Test
    void aTotalBelowTheEdgeByLessThanThirtyFourDigitsShowIsStillInTheBandBelow() {
        // technology weighs 1e-18 and lacks 1e-18 points: the exact total is 8.5 − 1e-36 × 10/17 ≈ 8.5 − 5.9e-37,
        // which 34 significant digits cannot tell from 8.5. The band is decided on the exact figure.
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        weights.put("technology", bd("0.000000000000000001"));
        weights.put("tokenomics", bd("0.499999999999999999"));
        weights.put("team", bd("0.2"));
        weights.put("market", bd("0.15"));
        weights.put("risk", bd("0.15"));
        WeightProfile profile = WeightProfile.parse("Almost no technology", weights);
        ScoreCard card = Cards.atFraction("0.85");
        card = Cards.with(card, Criterion.SECURITY, card.score(Criterion.SECURITY).subtract(bd("1e-18")));

        ScoreResult result = ScoreCalculator.evaluate(card, profile);

        assertEquals(0, result.total().compareTo(bd("8.5")), "shown as 8.5: " + result.total());
        assertEquals(bd("8.50"), result.totalRounded());
        assertEquals(Recommendation.BUY, result.recommendation());
    }

    @Test
    void aRiskAverseProfileWeighsTheRiskDimensionMore() {
        // risk 7.5 is below the card's other scores, so raising its weight lowers the total
        WeightProfile riskAverse = WeightProfile.parse("Risk-averse", Map.of("technology", bd("0.2"),
                "tokenomics", bd("0.2"), "team", bd("0.2"), "market", bd("0.1"), "risk", bd("0.3")));
        ScoreResult result = ScoreCalculator.evaluate(Cards.seedExample(), riskAverse);
        // 135/17 × 0.2 + 7 × 0.2 + 8 × 0.2 + 7.5 × 0.1 + 7.5 × 0.3 = 1.588235294… + 1.4 + 1.6 + 0.75 + 2.25
        assertEquals(bd("7.588235294117647058823529411764706"), result.total());
        assertEquals(bd("2.25"), result.dimension(Dimension.RISK).weighted());
    }

    @Test
    void aProfileOfOneDimensionGivesThatDimensionsScore() {
        WeightProfile technologyOnly = WeightProfile.parse("Technology", Map.of("technology", BigDecimal.ONE,
                "tokenomics", BigDecimal.ZERO, "team", BigDecimal.ZERO, "market", BigDecimal.ZERO, "risk", BigDecimal.ZERO));
        ScoreResult result = ScoreCalculator.evaluate(Cards.seedExample(), technologyOnly);
        assertEquals(result.dimension(Dimension.TECHNOLOGY).score(), result.total());
        assertEquals(bd("0"), result.dimension(Dimension.TEAM).weighted());
        assertEquals(Recommendation.BUY, result.recommendation());
    }

    @Test
    void everyDimensionMaximumDividesTheCommonMultipleSoBandsAreDecidedExactly() {
        for (Dimension dimension : Dimension.values()) {
            assertEquals(0, ScoreCalculator.COMMON_MULTIPLE.remainder(dimension.max()).signum(), dimension.key());
        }
    }

    @Test
    void aCardAndAProfileAreRequired() {
        assertThrows(NullPointerException.class, () -> ScoreCalculator.evaluate(null, WeightProfile.DEFAULT));
        assertThrows(NullPointerException.class, () -> ScoreCalculator.evaluate(Cards.seedExample(), null));
    }

    private static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }
}
