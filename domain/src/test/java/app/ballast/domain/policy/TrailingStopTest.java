package app.ballast.domain.policy;

import app.ballast.domain.InvalidValueException;
import app.ballast.domain.Tier;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TrailingStopTest {

    @Test
    void theDefaultsAreTwelvePercentForTheCoreAndTwentyFiveForSatellites() {
        assertEquals(new BigDecimal("0.12"), TrailingStop.defaultFor(Tier.CORE).trail());
        assertEquals(new BigDecimal("0.25"), TrailingStop.defaultFor(Tier.SATELLITE).trail());
        assertEquals(BigDecimal.ONE, TrailingStop.defaultFor(Tier.CORE).sellFraction());
    }

    @Test
    void aTrailMustBeBetweenZeroAndOne() {
        InvalidValueException zero = assertThrows(InvalidValueException.class, () -> new TrailingStop(BigDecimal.ZERO));
        InvalidValueException whole = assertThrows(InvalidValueException.class, () -> new TrailingStop(BigDecimal.ONE));

        assertEquals("trail", zero.field());
        assertEquals("trail must be greater than 0 and less than 1, was 1", whole.getMessage());
    }

    @Test
    void aSellFractionAboveOneIsRefused() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> new TrailingStop(new BigDecimal("0.1"), new BigDecimal("1.5")));

        assertEquals("sellFraction", e.field());
    }
}
