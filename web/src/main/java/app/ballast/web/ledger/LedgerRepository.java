package app.ballast.web.ledger;

import app.ballast.domain.AssetInfo;
import app.ballast.domain.LedgerEntry;
import app.ballast.domain.Quote;
import app.ballast.domain.TransactionType;
import app.ballast.web.persistence.AssetEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a portfolio's ledger and the latest prices as the plain records the engines compute from. */
@ApplicationScoped
public class LedgerRepository {

    @Inject
    EntityManager em;

    /** Every transaction of the portfolio, without notes (the maths never needs them). */
    public List<LedgerEntry> entries(long portfolioId) {
        List<Object[]> rows = em.createQuery("""
                        select t.id, t.occurredAt, t.type, a.symbol, acc.name, dest.name,
                               t.quantity, t.price, t.fee, t.feeAsset
                        from TransactionEntity t join t.asset a join t.account acc left join t.toAccount dest
                        where t.portfolioId = :portfolio""", Object[].class)
                .setParameter("portfolio", portfolioId)
                .getResultList();
        List<LedgerEntry> entries = new ArrayList<>(rows.size());
        Map<String, String> names = new HashMap<>(); // one String per symbol and account, not one per row
        for (Object[] r : rows) {
            entries.add(new LedgerEntry((Long) r[0], (Instant) r[1], (TransactionType) r[2], shared(names, r[3]),
                    shared(names, r[4]), shared(names, r[5]), (BigDecimal) r[6], (BigDecimal) r[7],
                    (BigDecimal) r[8], shared(names, r[9]), null));
        }
        return entries;
    }

    private static String shared(Map<String, String> names, Object value) {
        return value == null ? null : names.computeIfAbsent((String) value, v -> v);
    }

    public Map<String, AssetInfo> assets() {
        Map<String, AssetInfo> assets = new LinkedHashMap<>();
        for (AssetEntity asset : AssetEntity.<AssetEntity>listAll()) {
            assets.put(asset.symbol, asset.toInfo());
        }
        return assets;
    }

    /**
     * The latest daily close of every asset that has one. A close of day D is the price at the end
     * of D, so its time is the next midnight UTC.
     */
    public Map<String, Quote> latestQuotes() {
        // The derived table reads only the (asset_id, price_date) unique index.
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT a.symbol, p.price_date, p.close
                FROM price_point p
                JOIN (SELECT asset_id, MAX(price_date) AS latest FROM price_point GROUP BY asset_id) m
                  ON m.asset_id = p.asset_id AND m.latest = p.price_date
                JOIN asset a ON a.id = p.asset_id""").getResultList();
        Map<String, Quote> quotes = new LinkedHashMap<>();
        for (Object[] r : rows) {
            LocalDate date = r[1] instanceof java.sql.Date sql ? sql.toLocalDate() : (LocalDate) r[1];
            quotes.put((String) r[0], new Quote((String) r[0], (BigDecimal) r[2],
                    date.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)));
        }
        return quotes;
    }
}
