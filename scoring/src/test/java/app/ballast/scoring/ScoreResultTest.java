package app.ballast.scoring;

import app.ballast.domain.scoring.Dimension;
import app.ballast.domain.scoring.Recommendation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ScoreResultTest {

    @Test
    void theTotalIsShownToTwoDecimalsRoundedHalfUp() {
        assertEquals(new BigDecimal("7.59"), result("7.585").totalRounded());
        assertEquals(new BigDecimal("7.58"), result("7.58499999").totalRounded());
        assertEquals(new BigDecimal("7.00"), result("7").totalRounded());
    }

    @Test
    void dimensionsKeepTheirOrderAndCannotBeChanged() {
        ScoreResult result = ScoreCalculator.evaluate(Cards.seedExample());
        assertEquals(List.of(Dimension.values()), List.copyOf(result.dimensions().keySet()));
        assertThrows(UnsupportedOperationException.class, () -> result.dimensions().remove(Dimension.RISK));
    }

    @Test
    void dimensionsByKeyUsesTheJsonKeys() {
        ScoreResult result = ScoreCalculator.evaluate(Cards.seedExample());
        assertEquals(List.of("technology", "tokenomics", "team", "market", "risk"),
                List.copyOf(result.dimensionsByKey().keySet()));
        assertEquals(result.dimension(Dimension.TEAM), result.dimensionsByKey().get("team"));
    }

    private static ScoreResult result(String total) {
        return new ScoreResult(new BigDecimal(total), Recommendation.BUY, Map.of());
    }
}
