package app.ballast.portfolio;

import app.ballast.domain.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AllocationTest {

    @Test
    void weightMustBeBetweenZeroAndOne() {
        Money value = Money.usd(BigDecimal.TEN);
        assertDoesNotThrow(() -> new Allocation("CORE", value, BigDecimal.ONE));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Allocation("CORE", value, new BigDecimal("1.5")));
        assertEquals("weight must be between 0 and 1, was 1.5", e.getMessage());
    }
}
