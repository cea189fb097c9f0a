package app.ballast.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuantityTest {

    @Test
    void amountIsHeldAtEighteenDecimalsSoEqualAmountsAreEqual() {
        Quantity quantity = Quantity.of(new BigDecimal("0.5"), "BTC");
        assertEquals(18, quantity.amount().scale());
        assertEquals(Quantity.of(new BigDecimal("0.50"), "BTC"), quantity);
    }

    @Test
    void plusAndMinusAreExact() {
        Quantity one = Quantity.of(BigDecimal.ONE, "ETH");
        Quantity wei = Quantity.of(new BigDecimal("0.000000000000000001"), "ETH");
        assertEquals(Quantity.of(new BigDecimal("1.000000000000000001"), "ETH"), one.plus(wei));
        assertEquals(Quantity.of(new BigDecimal("0.999999999999999999"), "ETH"), one.minus(wei));
        assertTrue(one.minus(one).isZero());
    }

    @Test
    void isNeverNegative() {
        LedgerException e = assertThrows(LedgerException.class,
                () -> Quantity.of(new BigDecimal("-1"), "BTC"));
        assertEquals("quantity", e.field());
        assertEquals("quantity must not be negative, was -1 BTC", e.getMessage());
    }

    @Test
    void minusBelowZeroIsRefused() {
        Quantity one = Quantity.of(BigDecimal.ONE, "BTC");
        assertThrows(LedgerException.class, () -> one.minus(Quantity.of(new BigDecimal("2"), "BTC")));
    }

    @Test
    void plusRefusesAnotherAsset() {
        Quantity btc = Quantity.of(BigDecimal.ONE, "BTC");
        Quantity eth = Quantity.of(BigDecimal.ONE, "ETH");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> btc.plus(eth));
        assertEquals("cannot combine 1 BTC with 1 ETH: assets differ", e.getMessage());
    }

    @Test
    void minusRefusesAnotherAsset() {
        assertThrows(IllegalArgumentException.class,
                () -> Quantity.of(BigDecimal.TEN, "BTC").minus(Quantity.zero("ETH")));
    }

    @Test
    void symbolMustMatchThePattern() {
        LedgerException e = assertThrows(LedgerException.class, () -> Quantity.of(BigDecimal.ONE, "btc"));
        assertEquals("symbol", e.field());
        assertEquals("symbol must be 1 to 15 upper-case letters or digits, was \"btc\"", e.getMessage());
    }

    @Test
    void signumOfZeroIsZero() {
        assertEquals(0, Quantity.zero("SOL").signum());
        assertEquals(1, Quantity.of(BigDecimal.ONE, "SOL").signum());
    }
}
