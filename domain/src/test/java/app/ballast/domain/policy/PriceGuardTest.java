package app.ballast.domain.policy;

import app.ballast.domain.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PriceGuardTest {

    @Test
    void theDefaultHoldsJumpsOverHalfAndAgesPricesAfterThirtySixHours() {
        assertEquals(new BigDecimal("0.5"), PriceGuard.DEFAULT.maxJump());
        assertEquals(Duration.ofHours(36), PriceGuard.DEFAULT.maxAge());
        assertNull(PriceGuard.HISTORY.maxAge());
    }

    @Test
    void aZeroJumpOrAgeIsRefused() {
        assertEquals("maxJump", assertThrows(InvalidValueException.class,
                () -> new PriceGuard(BigDecimal.ZERO, null)).field());
        assertEquals("maxAge", assertThrows(InvalidValueException.class,
                () -> new PriceGuard(BigDecimal.ONE, Duration.ZERO)).field());
    }
}
