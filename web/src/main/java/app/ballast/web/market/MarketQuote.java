package app.ballast.web.market;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One asset's price in USD as a source gave it, with the figures that came along (any may be null) and the
 * time the source says the price is from. Not checked for sense here: a zero price must reach the sanity rules
 * to be refused there, with its source named.
 */
public record MarketQuote(String symbol, BigDecimal price, BigDecimal volume24h, BigDecimal marketCap,
                          BigDecimal circulatingSupply, BigDecimal totalSupply, Instant time, String source) {

    public MarketQuote {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(source, "source");
    }

    /** A price alone (manual entry, a CSV close). */
    public static MarketQuote of(String symbol, BigDecimal price, Instant time, String source) {
        return new MarketQuote(symbol, price, null, null, null, null, time, source);
    }
}
