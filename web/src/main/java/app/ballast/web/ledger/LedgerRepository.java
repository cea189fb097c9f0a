package app.ballast.web.ledger;

import app.ballast.domain.AssetInfo;
import app.ballast.domain.LedgerEntry;
import app.ballast.domain.Quote;
import app.ballast.domain.TransactionType;
import app.ballast.web.persistence.AssetEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDateTime;
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

    /**
     * Every transaction of the portfolio, without notes (the maths never needs them). Read over
     * plain JDBC on the transaction's own connection: for 100,000 rows Hibernate's row handling
     * costs more than the query. Amounts lose their trailing zeros (exact, and replays faster).
     */
    public List<LedgerEntry> entries(long portfolioId) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT t.id, t.occurred_at, t.type, a.symbol, acc.name, dest.name,
                           t.quantity, t.price, t.fee, t.fee_asset
                    FROM ledger_transaction t
                    JOIN asset a ON a.id = t.asset_id
                    JOIN account acc ON acc.id = t.account_id
                    LEFT JOIN account dest ON dest.id = t.to_account_id
                    WHERE t.portfolio_id = ?""")) {
                query.setLong(1, portfolioId);
                query.setFetchSize(1_000);
                List<LedgerEntry> entries = new ArrayList<>();
                Map<String, String> names = new HashMap<>(); // one String per symbol and account, not one per row
                try (ResultSet r = query.executeQuery()) {
                    while (r.next()) {
                        entries.add(new LedgerEntry(r.getLong(1),
                                r.getObject(2, LocalDateTime.class).toInstant(ZoneOffset.UTC),
                                TransactionType.valueOf(r.getString(3)), shared(names, r.getString(4)),
                                shared(names, r.getString(5)), shared(names, r.getString(6)),
                                compact(r.getString(7)), compact(r.getString(8)), compact(r.getString(9)),
                                shared(names, r.getString(10)), null));
                    }
                }
                return entries;
            }
        });
    }

    /**
     * The column's text without the trailing zeros of its 18 decimals: cutting them from the text
     * costs far less than BigDecimal.stripTrailingZeros (a third of a cold read in the profile).
     */
    static BigDecimal compact(String text) {
        if (text == null) {
            return null;
        }
        int dot = text.indexOf('.');
        if (dot < 0) {
            return new BigDecimal(text);
        }
        int end = text.length();
        while (end > dot + 1 && text.charAt(end - 1) == '0') {
            end--;
        }
        return new BigDecimal(end == dot + 1 ? text.substring(0, dot) : text.substring(0, end));
    }

    private static String shared(Map<String, String> names, String value) {
        return value == null ? null : names.computeIfAbsent(value, v -> v);
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
