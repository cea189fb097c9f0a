package app.ballast.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ScalesTest {

    @Test
    void eighteenDecimalsFitAndAreReturnedUnchanged() {
        BigDecimal wei = new BigDecimal("0.000000000000000001");
        assertSame(wei, Scales.requireFits("quantity", wei));
    }

    @Test
    void nineteenDecimalsAreRefusedNotRounded() {
        LedgerException e = assertThrows(LedgerException.class,
                () -> Scales.requireFits("quantity", new BigDecimal("0.0000000000000000001")));
        assertEquals("quantity", e.field());
        assertEquals("quantity can have at most 18 decimal places, was 0.0000000000000000001", e.getMessage());
    }

    @Test
    void trailingZerosBeyondEighteenDecimalsDoNotCount() {
        BigDecimal one = new BigDecimal("1.000000000000000000000000");
        assertSame(one, Scales.requireFits("price", one));
    }

    @Test
    void twentyIntegerDigitsFit() {
        BigDecimal largest = new BigDecimal("99999999999999999999.999999999999999999");
        assertSame(largest, Scales.requireFits("price", largest));
    }

    @Test
    void twentyOneIntegerDigitsAreRefused() {
        LedgerException e = assertThrows(LedgerException.class,
                () -> Scales.requireFits("price", new BigDecimal("100000000000000000000")));
        assertEquals("price", e.field());
        assertEquals("price can have at most 20 digits before the decimal point, was 100000000000000000000",
                e.getMessage());
    }

    @Test
    void largeNumbersWrittenWithAnExponentAreCountedByTheirDigits() {
        assertThrows(LedgerException.class, () -> Scales.requireFits("fee", new BigDecimal("1E+20")));
        BigDecimal twentyDigits = new BigDecimal("1E+19");
        assertSame(twentyDigits, Scales.requireFits("fee", twentyDigits));
    }

    @Test
    void aMissingAmountIsRefusedByName() {
        LedgerException e = assertThrows(LedgerException.class, () -> Scales.requireFits("fee", null));
        assertEquals("fee", e.field());
        assertEquals("fee is required", e.getMessage());
    }

    @Test
    void plainHasNoExponentAndNoTrailingZeros() {
        assertEquals("100", Scales.plain(new BigDecimal("1E+2")));
        assertEquals("0.5", Scales.plain(new BigDecimal("0.500000")));
    }

    @Test
    void anAbsurdExponentIsRefusedWithAShortMessageInsteadOfWritingItOut() {
        LedgerException huge = org.junit.jupiter.api.Assertions.assertThrows(LedgerException.class,
                () -> Scales.requireFits("quantity", new java.math.BigDecimal("1E+999999999")));
        org.junit.jupiter.api.Assertions.assertEquals(
                "quantity can have at most 20 digits before the decimal point, was 1E+999999999", huge.getMessage());
        LedgerException tiny = org.junit.jupiter.api.Assertions.assertThrows(LedgerException.class,
                () -> Scales.requireFits("price", new java.math.BigDecimal("1E-999999999")));
        org.junit.jupiter.api.Assertions.assertEquals(
                "price can have at most 18 decimal places, was 1E-999999999", tiny.getMessage());
    }
}
