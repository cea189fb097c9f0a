package app.ballast.domain.policy;

import app.ballast.domain.InvalidValuesException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DcaMultipliersTest {

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void theDefaultsBuyMoreInFearAndLowValueAndLessInGreedAndHighValue() {
        DcaMultipliers m = DcaMultipliers.DEFAULTS;

        assertEquals(d("1.5"), m.mvrvFactor(d("0.99")));
        assertEquals(BigDecimal.ONE, m.mvrvFactor(d("1")));
        assertEquals(BigDecimal.ONE, m.mvrvFactor(d("3.5")));
        assertEquals(d("0.5"), m.mvrvFactor(d("3.51")));
        assertEquals(d("1.5"), m.fearGreedFactor(9));
        assertEquals(BigDecimal.ONE, m.fearGreedFactor(10));
        assertEquals(d("0.5"), m.fearGreedFactor(91));
        assertEquals(BigDecimal.ONE, m.fearGreedFactor(null));
        assertEquals(BigDecimal.ONE, m.mvrvFactor(null));
    }

    @Test
    void noneNeverChangesTheAmount() {
        assertEquals(BigDecimal.ONE, DcaMultipliers.NONE.mvrvFactor(d("0.1")));
        assertEquals(BigDecimal.ONE, DcaMultipliers.NONE.fearGreedFactor(99));
    }

    @Test
    void thresholdsOutOfOrderAndFactorsOutOfRangeAreRefused() {
        InvalidValuesException e = assertThrows(InvalidValuesException.class, () -> new DcaMultipliers(d("4"),
                d("1.5"), d("3"), d("11"), 50, d("1"), 20, d("1")));

        assertEquals(3, e.problems().size());
        assertEquals("multipliers.mvrvAbove", e.problems().get(0).field());
        assertEquals("multipliers.mvrvAboveFactor", e.problems().get(1).field());
        assertEquals("multipliers.fearGreedAbove", e.problems().get(2).field());
    }
}
