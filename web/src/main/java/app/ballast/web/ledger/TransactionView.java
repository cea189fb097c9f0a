package app.ballast.web.ledger;

import app.ballast.domain.Scales;
import app.ballast.domain.TransactionType;
import app.ballast.web.persistence.TransactionEntity;

import java.math.BigDecimal;
import java.time.Instant;

/** A stored transaction as the API and the pages show it. */
public record TransactionView(long id, TransactionType type, String symbol, String account, String toAccount,
                              BigDecimal quantity, BigDecimal price, BigDecimal fee, String feeAsset,
                              Instant time, String note) {

    public static TransactionView of(TransactionEntity t) {
        return new TransactionView(t.id, t.type, t.asset.symbol, t.account.name,
                t.toAccount == null ? null : t.toAccount.name,
                Scales.compact(t.quantity), Scales.compact(t.price), Scales.compact(t.fee), t.feeAsset, t.occurredAt, t.note);
    }
}
