package app.ballast.domain.scoring;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RecommendationTest {

    @Test
    void eachBandStartsAtItsMinimumInclusive() {
        assertEquals(Recommendation.STRONG_BUY, Recommendation.of(bd("8.5")));
        assertEquals(Recommendation.BUY, Recommendation.of(bd("7.0")));
        assertEquals(Recommendation.CAUTIOUS, Recommendation.of(bd("5.5")));
        assertEquals(Recommendation.AVOID, Recommendation.of(bd("4")));
        assertEquals(Recommendation.STRONG_AVOID, Recommendation.of(bd("0")));
    }

    @Test
    void aHairBelowAnEdgeFallsIntoTheBandBelow() {
        BigDecimal hair = bd("1e-30");
        assertEquals(Recommendation.BUY, Recommendation.of(bd("8.5").subtract(hair)));
        assertEquals(Recommendation.CAUTIOUS, Recommendation.of(bd("7").subtract(hair)));
        assertEquals(Recommendation.AVOID, Recommendation.of(bd("5.5").subtract(hair)));
        assertEquals(Recommendation.STRONG_AVOID, Recommendation.of(bd("4").subtract(hair)));
    }

    @Test
    void theTopAndBottomOfTheScaleHaveBands() {
        assertEquals(Recommendation.STRONG_BUY, Recommendation.of(BigDecimal.TEN));
        assertEquals(Recommendation.STRONG_AVOID, Recommendation.of(bd("-1")));
    }

    @Test
    void minimaAreThoseOfTheSpec() {
        assertEquals(bd("8.5"), Recommendation.STRONG_BUY.minimum());
        assertEquals(bd("7.0"), Recommendation.BUY.minimum());
        assertEquals(bd("5.5"), Recommendation.CAUTIOUS.minimum());
        assertEquals(bd("4.0"), Recommendation.AVOID.minimum());
        assertEquals(bd("0"), Recommendation.STRONG_AVOID.minimum());
    }

    @Test
    void aMissingTotalIsRefused() {
        assertThrows(NullPointerException.class, () -> Recommendation.of(null));
    }

    private static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }
}
