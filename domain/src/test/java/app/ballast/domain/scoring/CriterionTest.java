package app.ballast.domain.scoring;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CriterionTest {

    @Test
    void keysAreTheJsonKeysOfTheIssue() {
        assertEquals(List.of("architecture", "innovation", "security", "scalability", "ecosystem", "allocation",
                        "unlockSchedule", "valueCapture", "inflation", "background", "transparency", "community",
                        "performance", "liquidity", "distribution", "regulatory", "technical", "market", "project"),
                Arrays.stream(Criterion.values()).map(Criterion::key).toList());
    }

    @Test
    void maximaAreThoseOfSpecSectionOne() {
        assertEquals(List.of(3, 4, 3, 3, 4, 3, 3, 2, 2, 4, 3, 3, 3, 4, 3, 3, 3, 2, 2),
                Arrays.stream(Criterion.values()).map(c -> c.max().intValueExact()).toList());
    }

    @Test
    void pathJoinsDimensionAndCriterionKeys() {
        assertEquals("risk.market", Criterion.MARKET_RISK.path());
        assertEquals("tokenomics.unlockSchedule", Criterion.UNLOCK_SCHEDULE.path());
    }

    @Test
    void theSameKeyMeansDifferentCriteriaInDifferentDimensions() {
        assertEquals(Optional.of(Criterion.MARKET_RISK), Criterion.fromKey(Dimension.RISK, "market"));
        assertEquals(Optional.empty(), Criterion.fromKey(Dimension.MARKET, "market"));
        assertEquals(Optional.empty(), Criterion.fromKey(Dimension.TECHNOLOGY, "allocation"));
    }

    @Test
    void maximaAddUpToTheDimensionMaxima() {
        for (Dimension dimension : Dimension.values()) {
            BigDecimal sum = dimension.criteria().stream().map(Criterion::max).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertEquals(dimension.max(), sum, dimension.key());
        }
    }
}
