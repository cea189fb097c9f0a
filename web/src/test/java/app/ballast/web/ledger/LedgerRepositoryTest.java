package app.ballast.web.ledger;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** How amounts read from DECIMAL(38,18) columns are made compact without changing their value. */
class LedgerRepositoryTest {

    @Test
    void compactCutsTrailingZerosOfTheDecimalsOnly() {
        assertEquals(new BigDecimal("0.5"), LedgerRepository.compact("0.500000000000000000"));
        assertEquals(new BigDecimal("60000"), LedgerRepository.compact("60000.000000000000000000"));
        assertEquals(new BigDecimal("100"), LedgerRepository.compact("100"));
        assertEquals(new BigDecimal("0.000000000000000001"), LedgerRepository.compact("0.000000000000000001"));
        assertEquals(new BigDecimal("12345678901234567890.123456789012345678"),
                LedgerRepository.compact("12345678901234567890.123456789012345678"));
        assertEquals(new BigDecimal("0"), LedgerRepository.compact("0.000000000000000000"));
        assertEquals(new BigDecimal("-1.25"), LedgerRepository.compact("-1.250000000000000000"));
        assertNull(LedgerRepository.compact(null));
    }
}
