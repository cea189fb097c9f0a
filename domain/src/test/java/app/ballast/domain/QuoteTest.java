package app.ballast.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class QuoteTest {

    private static final Instant NOW = Instant.parse("2024-03-01T10:00:00Z");

    @Test
    void aPriceOfZeroIsAQuote() {
        assertDoesNotThrow(() -> new Quote("LUNA", BigDecimal.ZERO, NOW));
    }

    @Test
    void aNegativePriceIsRefused() {
        LedgerException e = assertThrows(LedgerException.class,
                () -> new Quote("BTC", new BigDecimal("-0.01"), NOW));
        assertEquals("price", e.field());
        assertEquals("price must not be negative, was -0.01", e.getMessage());
    }

    @Test
    void symbolPriceAndTimeAreRequired() {
        assertEquals("symbol", assertThrows(LedgerException.class, () -> new Quote(null, BigDecimal.ONE, NOW)).field());
        assertEquals("price", assertThrows(LedgerException.class, () -> new Quote("BTC", null, NOW)).field());
        assertEquals("time", assertThrows(LedgerException.class, () -> new Quote("BTC", BigDecimal.ONE, null)).field());
    }
}
