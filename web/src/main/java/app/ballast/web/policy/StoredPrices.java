package app.ballast.web.policy;

import app.ballast.domain.Scales;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/** The daily closes in {@code price_point}, read for the policy engines (USD at the end of each UTC day). */
@ApplicationScoped
public class StoredPrices {

    /** A close and its day. */
    public record Close(LocalDate date, BigDecimal price) {
    }

    @Inject
    EntityManager em;

    /** The closes of one asset from {@code from} to {@code to}, both inclusive, by date. */
    public NavigableMap<LocalDate, BigDecimal> closes(String symbol, LocalDate from, LocalDate to) {
        return closes(List.of(symbol), from, to).getOrDefault(symbol, new TreeMap<>());
    }

    /** The closes of several assets in one query, by symbol then date. */
    public Map<String, NavigableMap<LocalDate, BigDecimal>> closes(Collection<String> symbols, LocalDate from,
                                                                    LocalDate to) {
        Map<String, NavigableMap<LocalDate, BigDecimal>> bySymbol = new HashMap<>();
        if (symbols.isEmpty()) {
            return bySymbol;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT a.symbol, p.price_date, p.close FROM price_point p JOIN asset a ON a.id = p.asset_id
                WHERE a.symbol IN (?1) AND p.price_date BETWEEN ?2 AND ?3 ORDER BY a.symbol, p.price_date""")
                .setParameter(1, symbols).setParameter(2, from).setParameter(3, to)
                .getResultList();
        for (Object[] r : rows) {
            bySymbol.computeIfAbsent((String) r[0], s -> new TreeMap<>())
                    .put(date(r[1]), Scales.compact((BigDecimal) r[2]));
        }
        return bySymbol;
    }

    /** The close on the date, or the latest one before it. */
    public Optional<Close> onOrBefore(String symbol, LocalDate date) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT p.price_date, p.close FROM price_point p JOIN asset a ON a.id = p.asset_id
                WHERE a.symbol = ?1 AND p.price_date <= ?2 ORDER BY p.price_date DESC LIMIT 1""")
                .setParameter(1, symbol).setParameter(2, date)
                .getResultList();
        return rows.stream().findFirst()
                .map(r -> new Close(date(r[0]), Scales.compact((BigDecimal) r[1])));
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date sql ? sql.toLocalDate() : (LocalDate) value;
    }
}
