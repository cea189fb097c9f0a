package app.ballast.domain;

import java.math.BigDecimal;
import java.time.Instant;

/** The latest known USD price of one unit of an asset. */
public record Quote(String symbol, BigDecimal price, Instant time) {

    public Quote {
        Fields.symbol("symbol", symbol);
        if (price == null) {
            throw new LedgerException("price", "price is required");
        }
        if (price.signum() < 0) {
            throw new LedgerException("price", "price must not be negative, was " + Scales.plain(price));
        }
        if (time == null) {
            throw new LedgerException("time", "time is required");
        }
    }
}
