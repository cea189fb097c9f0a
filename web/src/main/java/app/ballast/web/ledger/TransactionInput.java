package app.ballast.web.ledger;

import java.math.BigDecimal;

/**
 * A transaction as the investor enters it (JSON body or form), before it is checked.
 * {@code type} and {@code time} stay text here so that a wrong value gets our own message.
 */
public record TransactionInput(String type, String symbol, String account, String toAccount,
                               BigDecimal quantity, BigDecimal price, BigDecimal fee, String feeAsset,
                               String time, String note) {
}
