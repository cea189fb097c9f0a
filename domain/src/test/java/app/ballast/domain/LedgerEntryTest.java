package app.ballast.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.math.BigDecimal;
import java.time.Instant;

import static app.ballast.domain.TransactionType.BUY;
import static app.ballast.domain.TransactionType.DEPOSIT;
import static app.ballast.domain.TransactionType.SELL;
import static app.ballast.domain.TransactionType.STAKING_REWARD;
import static app.ballast.domain.TransactionType.TRANSFER;
import static app.ballast.domain.TransactionType.WITHDRAWAL;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LedgerEntryTest {

    private static final Instant TIME = Instant.parse("2024-03-01T10:00:00Z");

    private static LedgerEntry entry(TransactionType type, String toAccount, String quantity, String price,
                                     String fee, String feeAsset) {
        return new LedgerEntry(1, TIME, type, "BTC", "Binance", toAccount, decimal(quantity), decimal(price),
                decimal(fee), feeAsset, null);
    }

    private static BigDecimal decimal(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    private static void assertRefused(String field, String message, Executable creation) {
        LedgerException e = assertThrows(LedgerException.class, creation);
        assertAll(() -> assertEquals(field, e.field()), () -> assertEquals(message, e.getMessage()));
    }

    @Test
    void aCompleteBuyIsAccepted() {
        LedgerEntry buy = entry(BUY, null, "0.5", "60000", "1.5", "USD");
        assertEquals(new BigDecimal("0.5"), buy.quantity());
        assertTrue(buy.feeInUsd());
    }

    @Test
    void quantityOfZeroIsRefused() {
        assertRefused("quantity", "quantity must be greater than 0, was 0",
                () -> entry(BUY, null, "0", "1", null, null));
    }

    @Test
    void negativeQuantityIsRefused() {
        assertRefused("quantity", "quantity must be greater than 0, was -1",
                () -> entry(SELL, null, "-1", "1", null, null));
    }

    @Test
    void missingQuantityIsRefused() {
        assertRefused("quantity", "quantity is required", () -> entry(DEPOSIT, null, null, null, null, null));
    }

    @Test
    void quantityWithNineteenDecimalsIsRefusedNotRounded() {
        assertRefused("quantity", "quantity can have at most 18 decimal places, was 0.0000000000000000001",
                () -> entry(BUY, null, "0.0000000000000000001", "1", null, null));
    }

    @Test
    void quantityWithTwentyOneIntegerDigitsIsRefused() {
        assertRefused("quantity",
                "quantity can have at most 20 digits before the decimal point, was 123456789012345678901",
                () -> entry(DEPOSIT, null, "123456789012345678901", null, null, null));
    }

    @Test
    void negativePriceIsRefused() {
        assertRefused("price", "price must not be negative, was -100",
                () -> entry(BUY, null, "1", "-100", null, null));
    }

    @Test
    void priceWithNineteenDecimalsIsRefused() {
        assertRefused("price", "price can have at most 18 decimal places, was 1.0000000000000000001",
                () -> entry(SELL, null, "1", "1.0000000000000000001", null, null));
    }

    @Test
    void buyAndSellNeedAPrice() {
        assertRefused("price", "price is required for a BUY", () -> entry(BUY, null, "1", null, null, null));
        assertRefused("price", "price is required for a SELL", () -> entry(SELL, null, "1", null, null, null));
    }

    @Test
    void depositAndStakingRewardMayHaveNoPrice() {
        assertEquals(BigDecimal.ZERO, entry(DEPOSIT, null, "1", null, null, null).priceOrZero());
        assertEquals(BigDecimal.ZERO, entry(STAKING_REWARD, null, "1", null, null, null).priceOrZero());
    }

    @Test
    void aFreeBuyIsAccepted() {
        assertDoesNotThrow(() -> entry(BUY, null, "1", "0", null, null));
    }

    @Test
    void negativeFeeIsRefused() {
        assertRefused("fee", "fee must not be negative, was -0.01",
                () -> entry(BUY, null, "1", "1", "-0.01", null));
    }

    @Test
    void feeWithTwentyOneIntegerDigitsIsRefused() {
        assertRefused("fee", "fee can have at most 20 digits before the decimal point, was 100000000000000000000",
                () -> entry(SELL, null, "1", "1", "100000000000000000000", null));
    }

    @Test
    void missingFeeMeansZeroInUsd() {
        LedgerEntry entry = entry(WITHDRAWAL, null, "1", null, null, null);
        assertEquals(BigDecimal.ZERO, entry.feeOrZero());
        assertTrue(entry.feeInUsd());
    }

    @Test
    void feeAssetMustBeUsdOrASymbol() {
        assertFalse(entry(BUY, null, "1", "1", "0.1", "BNB").feeInUsd());
        assertRefused("feeAsset", "feeAsset must be 1 to 15 upper-case letters or digits, was \"bnb\"",
                () -> entry(BUY, null, "1", "1", "0.1", "bnb"));
    }

    @Test
    void aFeeInTheBoughtCoinMustLeaveSomethingToReceive() {
        assertRefused("fee", "fee must be less than the quantity bought when paid in BTC, was 1 for 1",
                () -> entry(BUY, null, "1", "100", "1", "BTC"));
        assertDoesNotThrow(() -> entry(BUY, null, "1", "100", "0.999", "BTC"));
    }

    @Test
    void transferNeedsADestination() {
        assertRefused("toAccount", "toAccount is required", () -> entry(TRANSFER, null, "1", null, null, null));
    }

    @Test
    void transferToTheSameAccountIsRefused() {
        assertRefused("toAccount", "a transfer must go to another account, both are \"Binance\"",
                () -> entry(TRANSFER, "Binance", "1", null, null, null));
    }

    @Test
    void onlyATransferHasADestination() {
        assertRefused("toAccount", "only a TRANSFER has a destination account, this is a BUY",
                () -> entry(BUY, "Ledger", "1", "1", null, null));
    }

    @Test
    void aTransferBetweenTwoAccountsIsAccepted() {
        assertEquals("Ledger", entry(TRANSFER, "Ledger", "1", null, null, null).toAccount());
    }

    @Test
    void timeTypeSymbolAndAccountAreRequired() {
        BigDecimal one = BigDecimal.ONE;
        assertRefused("time", "time is required",
                () -> new LedgerEntry(1, null, BUY, "BTC", "Binance", null, one, one, null, null, null));
        assertRefused("type", "type is required",
                () -> new LedgerEntry(1, TIME, null, "BTC", "Binance", null, one, one, null, null, null));
        assertRefused("symbol", "symbol is required",
                () -> new LedgerEntry(1, TIME, BUY, null, "Binance", null, one, one, null, null, null));
        assertRefused("symbol", "symbol must be 1 to 15 upper-case letters or digits, was \"Bitcoin\"",
                () -> new LedgerEntry(1, TIME, BUY, "Bitcoin", "Binance", null, one, one, null, null, null));
        assertRefused("account", "account is required",
                () -> new LedgerEntry(1, TIME, BUY, "BTC", "", null, one, one, null, null, null));
    }
}
