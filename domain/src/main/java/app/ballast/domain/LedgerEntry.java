package app.ballast.domain;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One transaction of the ledger, checked where it enters so that holdings can be derived
 * from it without further questions.
 *
 * @param price    USD per unit: required for BUY and SELL; the cost per unit for DEPOSIT and
 *                 STAKING_REWARD (null meaning 0); ignored for the other types
 * @param fee      optional, null meaning 0
 * @param feeAsset null or "USD" for a fee in USD, otherwise the symbol of the asset it was paid in
 */
public record LedgerEntry(long id, Instant time, TransactionType type, String symbol, String account,
                          String toAccount, BigDecimal quantity, BigDecimal price, BigDecimal fee,
                          String feeAsset, String note) {

    public LedgerEntry {
        if (time == null) {
            throw new LedgerException("time", "time is required");
        }
        if (type == null) {
            throw new LedgerException("type", "type is required");
        }
        Fields.symbol("symbol", symbol);
        Fields.text("account", account);
        checkToAccount(type, account, toAccount);

        Scales.requireFits("quantity", quantity);
        if (quantity.signum() <= 0) {
            throw new LedgerException("quantity",
                    "quantity must be greater than 0, was " + Scales.plain(quantity));
        }
        if (price == null && (type == TransactionType.BUY || type == TransactionType.SELL)) {
            throw new LedgerException("price", "price is required for a " + type);
        }
        if (price != null) {
            requireNotNegative("price", price);
        }
        if (fee != null) {
            requireNotNegative("fee", fee);
        }
        if (feeAsset != null && !Money.USD.equals(feeAsset)) {
            Fields.symbol("feeAsset", feeAsset);
        }
        if (type == TransactionType.BUY && fee != null && symbol.equals(feeAsset)
                && fee.compareTo(quantity) >= 0) {
            // The fee is taken from the coins bought, so something must be left to receive.
            throw new LedgerException("fee", "fee must be less than the quantity bought when paid in "
                    + symbol + ", was " + Scales.plain(fee) + " for " + Scales.plain(quantity));
        }
    }

    /** The price, or 0 when none was given. */
    public BigDecimal priceOrZero() {
        return price == null ? BigDecimal.ZERO : price;
    }

    /** The fee, or 0 when none was given. */
    public BigDecimal feeOrZero() {
        return fee == null ? BigDecimal.ZERO : fee;
    }

    /** Whether the fee, if any, was paid in USD rather than in an asset. */
    public boolean feeInUsd() {
        return feeAsset == null || Money.USD.equals(feeAsset);
    }

    private static void checkToAccount(TransactionType type, String account, String toAccount) {
        if (type != TransactionType.TRANSFER) {
            if (toAccount != null) {
                throw new LedgerException("toAccount", "only a TRANSFER has a destination account, this is a " + type);
            }
            return;
        }
        Fields.text("toAccount", toAccount);
        if (toAccount.equals(account)) {
            throw new LedgerException("toAccount",
                    "a transfer must go to another account, both are \"" + account + "\"");
        }
    }

    private static void requireNotNegative(String field, BigDecimal value) {
        Scales.requireFits(field, value);
        if (value.signum() < 0) {
            throw new LedgerException(field, field + " must not be negative, was " + Scales.plain(value));
        }
    }
}
