package app.ballast.domain.scoring;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DimensionTest {

    @Test
    void keysAndDefaultWeightsAreThoseOfTheSpec() {
        assertEquals(List.of("technology", "tokenomics", "team", "market", "risk"),
                Arrays.stream(Dimension.values()).map(Dimension::key).toList());
        assertEquals(List.of(bd("0.25"), bd("0.25"), bd("0.20"), bd("0.15"), bd("0.15")),
                Arrays.stream(Dimension.values()).map(Dimension::defaultWeight).toList());
    }

    @Test
    void defaultWeightsSumToOne() {
        BigDecimal sum = Arrays.stream(Dimension.values()).map(Dimension::defaultWeight)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, sum.compareTo(BigDecimal.ONE));
    }

    @Test
    void technologyHasSeventeenPointsAndTheOthersTen() {
        assertEquals(List.of(bd("17"), bd("10"), bd("10"), bd("10"), bd("10")),
                Arrays.stream(Dimension.values()).map(Dimension::max).toList());
    }

    @Test
    void criteriaAreListedInSpecOrder() {
        assertEquals(List.of(Criterion.ARCHITECTURE, Criterion.INNOVATION, Criterion.SECURITY, Criterion.SCALABILITY,
                Criterion.ECOSYSTEM), Dimension.TECHNOLOGY.criteria());
        assertEquals(List.of(Criterion.ALLOCATION, Criterion.UNLOCK_SCHEDULE, Criterion.VALUE_CAPTURE,
                Criterion.INFLATION), Dimension.TOKENOMICS.criteria());
        assertEquals(List.of(Criterion.BACKGROUND, Criterion.TRANSPARENCY, Criterion.COMMUNITY), Dimension.TEAM.criteria());
        assertEquals(List.of(Criterion.PERFORMANCE, Criterion.LIQUIDITY, Criterion.DISTRIBUTION),
                Dimension.MARKET.criteria());
        assertEquals(List.of(Criterion.REGULATORY, Criterion.TECHNICAL, Criterion.MARKET_RISK, Criterion.PROJECT),
                Dimension.RISK.criteria());
    }

    @Test
    void fromKeyFindsADimensionByItsJsonKeyOnly() {
        assertEquals(Optional.of(Dimension.RISK), Dimension.fromKey("risk"));
        assertEquals(Optional.empty(), Dimension.fromKey("RISK"));
        assertEquals(Optional.empty(), Dimension.fromKey("foo"));
        assertEquals(Optional.empty(), Dimension.fromKey(null));
    }

    private static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }
}
