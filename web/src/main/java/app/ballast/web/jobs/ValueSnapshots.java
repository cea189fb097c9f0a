package app.ballast.web.jobs;

import app.ballast.domain.AssetInfo;
import app.ballast.domain.LedgerEntry;
import app.ballast.domain.Quote;
import app.ballast.domain.Scales;
import app.ballast.portfolio.HoldingsCalculator;
import app.ballast.portfolio.Totals;
import app.ballast.web.ledger.LedgerRepository;
import app.ballast.web.persistence.PortfolioEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The daily value of each portfolio: its ledger up to the end of a day (UTC, like the closes) valued
 * at that day's closes (or the latest before it) by the holdings calculator. One row per portfolio
 * and date (unique key); computing a day again replaces its figures with the same ones, or with
 * better ones when a close arrived late, and never adds a second row.
 */
@ApplicationScoped
@Transactional
public class ValueSnapshots {

    /** A portfolio's figures on one day. */
    public record DayValue(LocalDate date, BigDecimal value, BigDecimal cost) {
    }

    @Inject
    LedgerRepository ledger;

    @Inject
    EntityManager em;

    Clock clock = Clock.systemUTC();

    /** The latest close on or before {@code day} of every asset that has one, as quotes. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Quote> closesOn(LocalDate day) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT a.symbol, p.price_date, p.close
                        FROM price_point p
                        JOIN (SELECT asset_id, MAX(price_date) AS latest FROM price_point
                              WHERE price_date <= ?1 GROUP BY asset_id) m
                          ON m.asset_id = p.asset_id AND m.latest = p.price_date
                        JOIN asset a ON a.id = p.asset_id""")
                .setParameter(1, day).getResultList();
        Map<String, Quote> quotes = new LinkedHashMap<>();
        for (Object[] r : rows) {
            LocalDate date = r[1] instanceof java.sql.Date sql ? sql.toLocalDate() : (LocalDate) r[1];
            quotes.put((String) r[0], new Quote((String) r[0], (BigDecimal) r[2],
                    date.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)));
        }
        return quotes;
    }

    /** The day after the portfolio's latest snapshot, or empty when it has none. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<LocalDate> latest(long portfolioId) {
        Object latest = em.createNativeQuery(
                        "SELECT MAX(snapshot_date) FROM portfolio_value_snapshot WHERE portfolio_id = ?1")
                .setParameter(1, portfolioId).getSingleResult();
        return Optional.ofNullable(latest == null ? null
                : latest instanceof java.sql.Date sql ? sql.toLocalDate() : (LocalDate) latest);
    }

    /**
     * Computes and stores the portfolio's value on each of the days (one transaction: all of them or
     * none). A day before the portfolio's first transaction stores nothing. Answers the days stored.
     */
    public List<DayValue> snapshot(long portfolioId, List<LocalDate> days, Map<LocalDate, Map<String, Quote>> closes) {
        PortfolioEntity portfolio = PortfolioEntity.findById(portfolioId);
        Map<String, AssetInfo> assets = ledger.assets();
        List<LedgerEntry> entries = ledger.entries(portfolioId);
        Instant now = Instant.now(clock);
        List<DayValue> stored = new java.util.ArrayList<>();
        for (LocalDate day : days) {
            Instant end = day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
            List<LedgerEntry> until = entries.stream().filter(e -> e.time().isBefore(end)).toList();
            if (until.isEmpty()) {
                continue;
            }
            Totals totals = HoldingsCalculator.compute(until, portfolio.costMethod, assets, closes.get(day)).totals();
            DayValue value = new DayValue(day, money(totals.marketValue().amount()), money(totals.costBasis().amount()));
            em.createNativeQuery("""
                            INSERT INTO portfolio_value_snapshot (portfolio_id, snapshot_date, value, cost, computed_at)
                            VALUES (?1, ?2, ?3, ?4, ?5)
                            ON DUPLICATE KEY UPDATE value = VALUES(value), cost = VALUES(cost),
                                                    computed_at = VALUES(computed_at)""")
                    .setParameter(1, portfolioId).setParameter(2, day).setParameter(3, value.value())
                    .setParameter(4, value.cost()).setParameter(5, now)
                    .executeUpdate();
            stored.add(value);
        }
        return stored;
    }

    /** The columns' integer digits: DECIMAL(65,18). */
    static final int INTEGER_DIGITS = 47;

    /**
     * Stored to the columns' 18 decimals (a quantity times a price has up to 36). A figure beyond the
     * columns fails the portfolio's unit with the reason, rather than being cut.
     */
    private static BigDecimal money(BigDecimal amount) {
        BigDecimal stored = amount.setScale(Scales.AMOUNT_SCALE, RoundingMode.HALF_EVEN);
        if (stored.precision() - stored.scale() > INTEGER_DIGITS) {
            throw new IllegalArgumentException("a portfolio value of " + stored.precision() + " digits does not fit "
                    + "DECIMAL(65,18): " + Scales.plain(stored));
        }
        return stored;
    }
}
