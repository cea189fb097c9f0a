package app.ballast.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MoneyTest {

    @Test
    void amountIsHeldAtEighteenDecimalsSoEqualAmountsAreEqual() {
        Money money = Money.usd(new BigDecimal("12.5"));
        assertEquals(18, money.amount().scale());
        assertEquals(Money.usd(new BigDecimal("12.500")), money);
    }

    @Test
    void amountsBeyondEighteenDecimalsAreRoundedHalfEven() {
        assertEquals(new BigDecimal("0.000000000000000002"),
                Money.usd(new BigDecimal("0.0000000000000000025")).amount());
        assertEquals(new BigDecimal("0.000000000000000004"),
                Money.usd(new BigDecimal("0.0000000000000000035")).amount());
    }

    @Test
    void plusAndMinusKeepTheCurrency() {
        Money ten = Money.usd(BigDecimal.TEN);
        Money three = Money.usd(new BigDecimal("3"));
        assertEquals(Money.usd(new BigDecimal("13")), ten.plus(three));
        assertEquals(Money.usd(new BigDecimal("-7")), three.minus(ten));
    }

    @Test
    void plusRefusesAnotherCurrency() {
        Money dollars = Money.usd(BigDecimal.ONE);
        Money euros = new Money(BigDecimal.ONE, "EUR");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> dollars.plus(euros));
        assertEquals("cannot combine 1 USD with 1 EUR: currencies differ", e.getMessage());
    }

    @Test
    void minusRefusesAnotherCurrency() {
        assertThrows(IllegalArgumentException.class,
                () -> Money.usd(BigDecimal.ONE).minus(Money.zero("EUR")));
    }

    @Test
    void timesRoundsHalfEvenToEighteenDecimals() {
        Money third = Money.usd(BigDecimal.ONE).times(new BigDecimal("0.333333333333333333"));
        assertEquals(new BigDecimal("0.333333333333333333"), third.amount());
        assertEquals(Money.usd(new BigDecimal("0.000000000000000002")),
                Money.usd(new BigDecimal("0.000000000000000005")).times(new BigDecimal("0.5")));
    }

    @Test
    void zeroIsZeroWithSignumZero() {
        Money zero = Money.zero("USD");
        assertTrue(zero.isZero());
        assertEquals(0, zero.signum());
        assertFalse(Money.usd(BigDecimal.ONE).isZero());
        assertEquals(-1, Money.usd(BigDecimal.ONE.negate()).signum());
    }

    @Test
    void currencyMustBeAThreeLetterUpperCaseCode() {
        LedgerException e = assertThrows(LedgerException.class, () -> new Money(BigDecimal.ONE, "usd"));
        assertEquals("currency", e.field());
        assertEquals("currency must be a 3-letter upper-case code, was \"usd\"", e.getMessage());
        assertThrows(LedgerException.class, () -> new Money(BigDecimal.ONE, "USDT"));
    }
}
