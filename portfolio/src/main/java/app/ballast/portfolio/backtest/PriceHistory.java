package app.ballast.portfolio.backtest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Daily closes per symbol, immutable. Built from rows such as those of the bundled
 * {@code prices.csv} (date, symbol, close); a later row for the same symbol and date wins.
 */
public final class PriceHistory {

    /** One row: the USD close of a symbol on a date. */
    public record DailyClose(String symbol, LocalDate date, BigDecimal close) {
        public DailyClose {
            Objects.requireNonNull(symbol, "symbol");
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(close, "close");
        }
    }

    private final Map<String, NavigableMap<LocalDate, BigDecimal>> closes;

    private PriceHistory(Map<String, NavigableMap<LocalDate, BigDecimal>> closes) {
        this.closes = closes;
    }

    public static PriceHistory of(List<DailyClose> rows) {
        Map<String, NavigableMap<LocalDate, BigDecimal>> closes = new HashMap<>();
        for (DailyClose row : rows) {
            closes.computeIfAbsent(row.symbol(), s -> new TreeMap<>()).put(row.date(), row.close());
        }
        closes.replaceAll((s, m) -> Collections.unmodifiableNavigableMap(m));
        return new PriceHistory(Map.copyOf(closes));
    }

    public Set<String> symbols() {
        return closes.keySet();
    }

    /** The close on that very date; null if none. */
    public BigDecimal close(String symbol, LocalDate date) {
        NavigableMap<LocalDate, BigDecimal> series = closes.get(symbol);
        return series == null ? null : series.get(date);
    }

    /** The last close on or before the date; null before the first. */
    public BigDecimal latest(String symbol, LocalDate date) {
        Map.Entry<LocalDate, BigDecimal> entry = latestEntry(symbol, date);
        return entry == null ? null : entry.getValue();
    }

    /** The date of {@link #latest}: the last date with a close on or before the date; null before the first. */
    public LocalDate latestDate(String symbol, LocalDate date) {
        Map.Entry<LocalDate, BigDecimal> entry = latestEntry(symbol, date);
        return entry == null ? null : entry.getKey();
    }

    private Map.Entry<LocalDate, BigDecimal> latestEntry(String symbol, LocalDate date) {
        NavigableMap<LocalDate, BigDecimal> series = closes.get(symbol);
        return series == null ? null : series.floorEntry(date);
    }

    /** The first date with a close; null for an unknown symbol. */
    public LocalDate first(String symbol) {
        NavigableMap<LocalDate, BigDecimal> series = closes.get(symbol);
        return series == null || series.isEmpty() ? null : series.firstKey();
    }

    /** The closes of a symbol from one date to another, inclusive, in date order. */
    public NavigableMap<LocalDate, BigDecimal> between(String symbol, LocalDate from, LocalDate to) {
        NavigableMap<LocalDate, BigDecimal> series = closes.get(symbol);
        return series == null ? Collections.emptyNavigableMap() : series.subMap(from, true, to, true);
    }
}
