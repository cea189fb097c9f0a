package app.ballast.domain;

import app.ballast.domain.InvalidValuesException.Problem;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarketDayTest {

    private static final LocalDate DAY = LocalDate.of(2025, 12, 1);

    @Test
    void aDayWithOnlyAPriceIsAccepted() {
        MarketDay day = new MarketDay(DAY, bd("0.55"), null, null);
        assertFalse(day.hasVolumeAndMarketCap());
    }

    @Test
    void aDayWithVolumeAndMarketCapHasTheirRatio() {
        assertTrue(new MarketDay(DAY, bd("0.55"), bd("0"), bd("266750000")).hasVolumeAndMarketCap());
        assertFalse(new MarketDay(DAY, bd("0.55"), bd("10"), bd("0")).hasVolumeAndMarketCap());
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        InvalidValuesException e = assertThrows(InvalidValuesException.class,
                () -> new MarketDay(null, bd("0"), bd("-1"), bd("-2")));
        assertEquals(List.of(new Problem("date", "date is required"),
                new Problem("price", "price must be positive, was 0"),
                new Problem("volume", "volume must not be negative, was -1"),
                new Problem("marketCap", "marketCap must not be negative, was -2")), e.problems());
    }

    @Test
    void aMissingPriceOrOneWithTooManyDecimalsIsRefused() {
        assertEquals("price", assertThrows(InvalidValuesException.class, () -> new MarketDay(DAY, null, null, null)).field());
        assertEquals("price", assertThrows(InvalidValuesException.class,
                () -> new MarketDay(DAY, bd("0.0000000000000000001"), null, null)).field());
    }

    private static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }
}
