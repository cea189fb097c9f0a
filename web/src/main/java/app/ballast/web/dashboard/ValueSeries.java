package app.ballast.web.dashboard;

import app.ballast.domain.AssetInfo;
import app.ballast.domain.CostMethod;
import app.ballast.domain.LedgerEntry;
import app.ballast.domain.Quote;
import app.ballast.domain.Scales;
import app.ballast.portfolio.ValueHistory;
import app.ballast.web.ledger.LedgerCache;
import app.ballast.web.ledger.LedgerRepository;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The portfolio's value over its history for the dashboard's chart, kept per portfolio in memory.
 *
 * <p>The points come from replaying the ledger once at the stored daily closes ({@code price_point}),
 * {@link ValueHistory}: one point a day for a history up to a year, one a week beyond. Rows of
 * {@code portfolio_value_snapshot} (the daily job's) fill the days a daily series has no point for. A
 * series is kept under the portfolio's {@code ledger_version}, its cost method and the generation of the
 * closes it was valued at: a write to the ledger bumps the version (as {@link LedgerCache} relies on), so
 * the next dashboard computes the series again; new closes (another latest close of any asset, or simply
 * {@link #PRICES_MAX_AGE} later, for back-filled history) make a new generation.
 */
@ApplicationScoped
public class ValueSeries {

    /** How long the closes read are used before they are read again even when the latest ones did not change. */
    static final Duration PRICES_MAX_AGE = Duration.ofMinutes(10);

    /** Every asset's daily closes, read at one moment. */
    public record Closes(long generation, String latest, Instant readAt,
                         Map<String, NavigableMap<LocalDate, BigDecimal>> bySymbol) {
    }

    /** A portfolio's series as of one ledger version, cost method and generation of closes. */
    public record Series(long ledgerVersion, CostMethod method, long generation, List<ValueHistory.Point> points,
                         boolean weekly) {
    }

    @Inject
    EntityManager em;

    @Inject
    LedgerRepository repository;

    @Inject
    LedgerCache ledgers;

    Clock clock = Clock.systemUTC();

    private final AtomicLong generations = new AtomicLong();
    private volatile Closes closes;
    private final Object loadingCloses = new Object();
    private final Cache<Long, Series> series = Caffeine.newBuilder().maximumSize(10_000).build();
    private final Object[] computing = new Object[64];

    {
        for (int i = 0; i < computing.length; i++) {
            computing[i] = new Object();
        }
    }

    /**
     * Every asset's closes; read again when the latest quotes (read by the caller anyway) differ from the
     * ones they were read with, or when they are older than {@link #PRICES_MAX_AGE}.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Closes closes(Map<String, Quote> latestQuotes) {
        String latest = fingerprint(latestQuotes);
        Closes kept = closes;
        if (fresh(kept, latest)) {
            return kept;
        }
        synchronized (loadingCloses) {
            kept = closes;
            if (fresh(kept, latest)) {
                return kept;
            }
            Closes read = new Closes(generations.incrementAndGet(), latest, Instant.now(clock), readCloses());
            closes = read;
            return read;
        }
    }

    /** The series kept for the portfolio, if any (tests). */
    Series keptFor(long portfolioId) {
        return series.getIfPresent(portfolioId);
    }

    /** Forgets the closes read (tests, and a price import that rewrote history). */
    public void forgetCloses() {
        closes = null;
    }

    /** The portfolio's series, computed unless kept for this ledger version, cost method and closes. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Series series(long portfolioId, long ledgerVersion, CostMethod method, Closes prices) {
        Series kept = series.getIfPresent(portfolioId);
        if (current(kept, ledgerVersion, method, prices)) {
            return kept;
        }
        synchronized (computing[Math.floorMod(Long.hashCode(portfolioId), computing.length)]) {
            kept = series.getIfPresent(portfolioId);
            if (current(kept, ledgerVersion, method, prices)) {
                return kept;
            }
            List<LedgerEntry> entries = ledgers.entries(portfolioId, ledgerVersion,
                    () -> repository.entries(portfolioId));
            Series computed = compute(entries, method, repository.assets(), prices, snapshots(portfolioId),
                    LocalDate.now(clock.withZone(ZoneOffset.UTC)));
            computed = new Series(ledgerVersion, method, prices.generation(), computed.points(), computed.weekly());
            series.put(portfolioId, computed);
            return computed;
        }
    }

    /**
     * The series of a ledger at the closes, merged with the stored daily snapshots: from the day of the first
     * transaction to the latest close (or today when nothing has a close).
     */
    static Series compute(List<LedgerEntry> entries, CostMethod method, Map<String, AssetInfo> assets, Closes prices,
                          List<ValueHistory.Point> snapshots, LocalDate today) {
        if (entries.isEmpty()) {
            return new Series(0, method, prices.generation(), List.of(), false);
        }
        LocalDate first = entries.stream().map(LedgerEntry::time).min(Instant::compareTo).orElseThrow()
                .atZone(ZoneOffset.UTC).toLocalDate();
        LocalDate last = prices.bySymbol().values().stream().filter(m -> !m.isEmpty()).map(NavigableMap::lastKey)
                .max(LocalDate::compareTo).orElse(today);
        if (last.isBefore(first)) {
            last = first;
        }
        List<LocalDate> days = ValueHistory.days(first, last);
        boolean weekly = days.size() > 1 && !days.get(days.size() - 2).plusDays(1).equals(days.get(days.size() - 1));
        List<ValueHistory.Point> points = ValueHistory.at(entries, method, assets, prices.bySymbol(), days);
        return new Series(0, method, prices.generation(), merge(points, snapshots, weekly), weekly);
    }

    /**
     * The replayed points, which follow the ledger as it is now, win on their days; a stored snapshot adds its
     * day when the series is daily and has no point that day, or when it is newer than the last point.
     */
    static List<ValueHistory.Point> merge(List<ValueHistory.Point> replayed, List<ValueHistory.Point> snapshots,
                                          boolean weekly) {
        if (snapshots.isEmpty() || replayed.isEmpty()) {
            return replayed.isEmpty() ? List.copyOf(snapshots) : replayed;
        }
        TreeMap<LocalDate, ValueHistory.Point> byDay = new TreeMap<>();
        replayed.forEach(p -> byDay.put(p.date(), p));
        LocalDate firstDay = byDay.firstKey();
        LocalDate lastDay = byDay.lastKey();
        for (ValueHistory.Point s : snapshots) {
            if (s.date().isBefore(firstDay) || byDay.containsKey(s.date())) {
                continue;
            }
            if (s.date().isAfter(lastDay) || !weekly) {
                ValueHistory.Point before = byDay.floorEntry(s.date()).getValue();
                byDay.put(s.date(), new ValueHistory.Point(s.date(), s.value(), s.cost(), before.realized()));
            }
        }
        return List.copyOf(byDay.values());
    }

    private List<ValueHistory.Point> snapshots(long portfolioId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT snapshot_date, value, cost FROM portfolio_value_snapshot
                        WHERE portfolio_id = ?1 ORDER BY snapshot_date""")
                .setParameter(1, portfolioId).getResultList();
        List<ValueHistory.Point> points = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            points.add(new ValueHistory.Point(date(r[0]), (BigDecimal) r[1], (BigDecimal) r[2], BigDecimal.ZERO));
        }
        return points;
    }

    private Map<String, NavigableMap<LocalDate, BigDecimal>> readCloses() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT a.symbol, p.price_date, p.close FROM price_point p JOIN asset a ON a.id = p.asset_id""")
                .getResultList();
        Map<String, NavigableMap<LocalDate, BigDecimal>> bySymbol = new HashMap<>();
        for (Object[] r : rows) {
            bySymbol.computeIfAbsent((String) r[0], s -> new TreeMap<>())
                    .put(date(r[1]), Scales.compact((BigDecimal) r[2]));
        }
        Map<String, NavigableMap<LocalDate, BigDecimal>> frozen = new HashMap<>();
        bySymbol.forEach((s, m) -> frozen.put(s, Collections.unmodifiableNavigableMap(m)));
        return Collections.unmodifiableMap(frozen);
    }

    private boolean fresh(Closes kept, String latest) {
        return kept != null && kept.latest().equals(latest)
                && Duration.between(kept.readAt(), Instant.now(clock)).compareTo(PRICES_MAX_AGE) < 0;
    }

    private static boolean current(Series kept, long version, CostMethod method, Closes prices) {
        return kept != null && kept.ledgerVersion() == version && kept.method() == method
                && kept.generation() == prices.generation();
    }

    /** The latest close of every asset, in one string: any new close changes it. */
    static String fingerprint(Map<String, Quote> quotes) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(quotes).forEach((symbol, q) -> text.append(symbol).append('@').append(q.time())
                .append('=').append(q.price().stripTrailingZeros().toPlainString()).append(';'));
        return text.toString();
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date sql ? sql.toLocalDate() : (LocalDate) value;
    }
}
