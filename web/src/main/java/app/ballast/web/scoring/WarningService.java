package app.ballast.web.scoring;

import app.ballast.domain.MarketDay;
import app.ballast.domain.Warning;
import app.ballast.domain.WarningRule;
import app.ballast.domain.tokenomics.TokenomicsInput;
import app.ballast.scoring.AssetSnapshot;
import app.ballast.scoring.AssetWarningRules;
import app.ballast.scoring.WarningThresholds;
import app.ballast.web.ledger.LedgerService;
import app.ballast.web.persistence.AssetEntity;
import app.ballast.web.persistence.MarketInputEntity;
import app.ballast.web.persistence.PricePointEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Runs the asset warning rules (SPEC §3) over what is stored: the daily prices (with the volumes and market
 * caps the user entered laid over them), the user's tokenomics, market inputs, latest evaluation and latest
 * event. Computed when asked (on page load and after a save); the scheduled run comes with the jobs issue.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class WarningService {

    /** The days of market data a snapshot carries: enough for the seven-day volume rule and some margin. */
    static final int MARKET_DAYS = 60;
    /** The subject of market-wide warnings (the Fear &amp; Greed index). */
    public static final String MARKET = "MARKET";

    @Inject
    WarningSettings settings;

    @Inject
    TokenomicsService tokenomics;

    @Inject
    MarketInputService inputs;

    @Inject
    LatestScores latestScores;

    @Inject
    LedgerService ledger;

    public WarningThresholds thresholds() {
        return settings.thresholds();
    }

    /** The warnings about one asset today, the market-wide sentiment included. */
    public List<Warning> forAsset(long userId, String symbol) {
        AssetEntity asset = Assets.bySymbol(symbol);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return AssetWarningRules.evaluate(snapshots(userId, List.of(asset), today, fearGreed(userId, today))
                .get(0), thresholds());
    }

    /**
     * The warnings about every asset the user holds or has scored, entered tokenomics, events or market
     * figures for, most severe first; the market-wide sentiment once (subject {@value #MARKET}), not per asset.
     */
    public List<Warning> forAllAssets(long userId) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        WarningThresholds thresholds = thresholds();
        List<Warning> warnings = new ArrayList<>();
        Integer fearGreed = fearGreed(userId, today);
        if (fearGreed != null) {
            AssetSnapshot market = new AssetSnapshot(MARKET, today, List.of(), null, fearGreed, null, null, today, null);
            AssetWarningRules.evaluate(market, thresholds).stream()
                    .filter(w -> w.rule() == WarningRule.SENTIMENT).forEach(warnings::add);
        }
        List<String> symbols = symbols(userId);
        List<AssetEntity> assets = symbols.isEmpty() ? List.of()
                : AssetEntity.<AssetEntity>list("symbol in ?1 order by symbol", symbols);
        for (AssetSnapshot snapshot : snapshots(userId, assets, today, null)) {
            warnings.addAll(AssetWarningRules.evaluate(snapshot, thresholds));
        }
        warnings.sort(Comparator.comparing((Warning w) -> w.severity()).reversed()
                .thenComparing(w -> w.subject().equals(MARKET) ? "" : w.subject())
                .thenComparing(Warning::rule));
        return warnings;
    }

    /** The assets the user holds (quantity above 0) or has any scoring record for, by symbol. */
    public List<String> symbols(long userId) {
        TreeSet<String> symbols = new TreeSet<>();
        ledger.snapshot(userId).holdings().stream().filter(h -> h.quantity().signum() > 0)
                .forEach(h -> symbols.add(h.symbol()));
        @SuppressWarnings("unchecked")
        List<String> recorded = AssetEntity.getEntityManager().createNativeQuery("""
                        SELECT a.symbol FROM asset a WHERE a.id IN (
                            SELECT asset_id FROM evaluation WHERE user_id = ?1
                            UNION SELECT asset_id FROM tokenomics WHERE user_id = ?1
                            UNION SELECT asset_id FROM asset_event WHERE user_id = ?1
                            UNION SELECT asset_id FROM market_input WHERE user_id = ?1 AND asset_id IS NOT NULL)""")
                .setParameter(1, userId).getResultList();
        symbols.addAll(recorded);
        return List.copyOf(symbols);
    }

    /**
     * What is known about each asset on {@code asOf}, as the rules read it, in the order of {@code assets}.
     * Read for all the assets at once, a fixed number of queries however many there are, and only as far back
     * as the rules look: {@value #MARKET_DAYS} days of market data, market figures as old as
     * {@code market-input-max-age-days} (the top-10 holders' share, which no rule ages, is the latest entered).
     */
    List<AssetSnapshot> snapshots(long userId, List<AssetEntity> assets, LocalDate asOf, Integer fearGreed) {
        if (assets.isEmpty()) {
            return List.of();
        }
        LocalDate from = asOf.minusDays(MARKET_DAYS - 1L);
        LocalDate fresh = asOf.minusDays(settings.marketInputMaxAgeDays());
        List<Long> ids = assets.stream().map(a -> a.id).toList();
        EntityManager em = AssetEntity.getEntityManager();

        Map<Long, List<PricePointEntity>> prices = new HashMap<>();
        PricePointEntity.<PricePointEntity>list("assetId in ?1 and priceDate >= ?2 and priceDate <= ?3 "
                        + "order by priceDate", ids, from, asOf)
                .forEach(p -> prices.computeIfAbsent(p.assetId, k -> new ArrayList<>()).add(p));
        Map<Long, BigDecimal> closeBefore = new HashMap<>();
        latestPerAsset(em, """
                SELECT p.asset_id, p.close FROM price_point p
                JOIN (SELECT asset_id, MAX(price_date) AS latest_day FROM price_point
                      WHERE asset_id IN (?1) AND price_date < ?2 GROUP BY asset_id) d
                  ON p.asset_id = d.asset_id AND p.price_date = d.latest_day""", ids, from, null)
                .forEach(closeBefore::put);
        // Tokenomics without a price of their own take the latest close up to asOf.
        Map<Long, TokenomicsService.PriceUsed> latestClose = new HashMap<>();
        for (AssetEntity asset : assets) {
            List<PricePointEntity> window = prices.getOrDefault(asset.id, List.of());
            if (!window.isEmpty()) {
                PricePointEntity last = window.get(window.size() - 1);
                latestClose.put(asset.id, new TokenomicsService.PriceUsed(last.close, last.priceDate, "latest close"));
            } else if (closeBefore.containsKey(asset.id)) {
                latestClose.put(asset.id, new TokenomicsService.PriceUsed(closeBefore.get(asset.id), null, "latest close"));
            }
        }
        Map<Long, TokenomicsInput> tokenomicsInputs = tokenomics.inputs(userId, assets, latestClose);

        LocalDate enteredFrom = from.isBefore(fresh) ? from : fresh;
        Map<Long, List<MarketInputEntity>> entered = new HashMap<>();
        MarketInputEntity.<MarketInputEntity>list("userId = ?1 and asset.id in ?2 and inputDate >= ?3 "
                        + "and inputDate <= ?4 order by inputDate, id", userId, ids, enteredFrom, asOf)
                .forEach(e -> entered.computeIfAbsent(e.asset.id, k -> new ArrayList<>()).add(e));
        Map<Long, BigDecimal> top10 = latestPerAsset(em, """
                SELECT m.asset_id, m.top10_holder_share FROM market_input m
                JOIN (SELECT asset_id, MAX(input_date) AS latest_day FROM market_input
                      WHERE user_id = ?3 AND asset_id IN (?1) AND input_date <= ?2
                        AND top10_holder_share IS NOT NULL GROUP BY asset_id) d
                  ON m.user_id = ?3 AND m.asset_id = d.asset_id AND m.input_date = d.latest_day""", ids, asOf, userId);
        Map<Long, LocalDate> latestEvent = new HashMap<>();
        em.createQuery("""
                        select e.asset.id, max(e.eventDate) from AssetEventEntity e
                        where e.userId = ?1 and e.asset.id in ?2 group by e.asset.id""", Object[].class)
                .setParameter(1, userId).setParameter(2, ids).getResultList()
                .forEach(row -> latestEvent.put((Long) row[0], (LocalDate) row[1]));
        Map<String, LatestScores.LatestScore> scores = latestScores.latest(userId);

        List<AssetSnapshot> snapshots = new ArrayList<>();
        for (AssetEntity asset : assets) {
            List<MarketInputEntity> figures = entered.getOrDefault(asset.id, List.of());
            BigDecimal mvrv = figures.stream().filter(e -> e.mvrv != null && !e.inputDate.isBefore(fresh))
                    .reduce((a, b) -> b).map(e -> e.mvrv).orElse(null);
            TokenomicsInput input = tokenomicsInputs.get(asset.id);
            LatestScores.LatestScore score = scores.get(asset.symbol);
            snapshots.add(new AssetSnapshot(asset.symbol, asOf, market(prices.getOrDefault(asset.id, List.of()),
                    closeBefore.get(asset.id), figures, from, input), input, fearGreed, mvrv, top10.get(asset.id),
                    score == null ? null : score.date(), latestEvent.get(asset.id)));
        }
        return snapshots;
    }

    /** Asset id → the figure of a query answering (asset id, figure) rows, with parameters ?1 ids, ?2 and ?3. */
    private static Map<Long, BigDecimal> latestPerAsset(EntityManager em, String sql, List<Long> ids, Object second,
                                                        Object third) {
        Query query = em.createNativeQuery(sql).setParameter(1, ids).setParameter(2, second);
        if (third != null) {
            query.setParameter(3, third);
        }
        Map<Long, BigDecimal> figures = new HashMap<>();
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            figures.put(((Number) columns[0]).longValue(), (BigDecimal) columns[1]);
        }
        return figures;
    }

    /** The latest Fear &amp; Greed index the user entered, if it is recent enough to speak of today. */
    Integer fearGreed(long userId, LocalDate asOf) {
        LocalDate fresh = asOf.minusDays(settings.marketInputMaxAgeDays());
        return inputs.latestFearGreed(userId)
                .filter(e -> !e.inputDate.isAfter(asOf) && !e.inputDate.isBefore(fresh))
                .map(e -> e.fearGreed).orElse(null);
    }

    /**
     * The last {@value #MARKET_DAYS} market days up to {@code asOf} (from {@code from}): the daily closes with
     * their volume and market cap, the user's figures taking precedence. A day the user gave figures for without
     * a close takes the latest close before it (or the tokenomics price), so that entered volumes count for coins
     * Ballast has no prices of.
     */
    private static List<MarketDay> market(List<PricePointEntity> prices, BigDecimal closeBefore,
                                          List<MarketInputEntity> entered, LocalDate from, TokenomicsInput tokenomics) {
        NavigableMap<LocalDate, BigDecimal[]> days = new TreeMap<>(); // date → close, volume, market cap
        for (PricePointEntity p : prices) {
            days.put(p.priceDate, new BigDecimal[] {p.close, p.volume24h, p.marketCap});
        }
        BigDecimal before = closeBefore != null ? closeBefore : tokenomics == null ? null : tokenomics.price();
        for (MarketInputEntity e : entered) {
            if (e.inputDate.isBefore(from) || (e.volume24h == null && e.marketCap == null)) {
                continue;
            }
            BigDecimal[] day = days.computeIfAbsent(e.inputDate, d -> new BigDecimal[3]);
            if (e.volume24h != null) {
                day[1] = e.volume24h;
            }
            if (e.marketCap != null) {
                day[2] = e.marketCap;
            }
        }
        List<MarketDay> market = new ArrayList<>();
        BigDecimal lastClose = before;
        for (Map.Entry<LocalDate, BigDecimal[]> day : days.entrySet()) {
            BigDecimal[] figures = day.getValue();
            BigDecimal close = figures[0] != null ? figures[0] : lastClose;
            if (close == null) {
                continue;
            }
            lastClose = close;
            market.add(new MarketDay(day.getKey(), close, figures[1], figures[2]));
        }
        return market;
    }
}
