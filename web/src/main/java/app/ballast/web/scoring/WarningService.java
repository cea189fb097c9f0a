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
import app.ballast.web.persistence.AssetEventEntity;
import app.ballast.web.persistence.MarketInputEntity;
import app.ballast.web.persistence.PricePointEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
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
        return AssetWarningRules.evaluate(snapshot(userId, asset, today, fearGreed(userId, today),
                latestScores.latest(userId)), thresholds());
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
        Map<String, LatestScores.LatestScore> scores = latestScores.latest(userId);
        for (String symbol : symbols(userId)) {
            AssetEntity asset = Assets.bySymbol(symbol);
            warnings.addAll(AssetWarningRules.evaluate(snapshot(userId, asset, today, null, scores), thresholds));
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

    /** What is known about the asset on {@code asOf}, as the rules read it. */
    AssetSnapshot snapshot(long userId, AssetEntity asset, LocalDate asOf, Integer fearGreed,
                           Map<String, LatestScores.LatestScore> scores) {
        Optional<TokenomicsInput> input = tokenomics.input(userId, asset);
        List<MarketInputEntity> entered = inputs.forAsset(userId, asset);
        LocalDate fresh = asOf.minusDays(settings.marketInputMaxAgeDays());
        BigDecimal mvrv = entered.stream().filter(e -> e.mvrv != null && !e.inputDate.isAfter(asOf)
                        && !e.inputDate.isBefore(fresh))
                .reduce((a, b) -> b).map(e -> e.mvrv).orElse(null);
        BigDecimal top10 = entered.stream().filter(e -> e.top10HolderShare != null && !e.inputDate.isAfter(asOf))
                .reduce((a, b) -> b).map(e -> e.top10HolderShare).orElse(null);
        LocalDate latestEvent = AssetEventEntity.getEntityManager().createQuery(
                        "select max(e.eventDate) from AssetEventEntity e where e.userId = ?1 and e.asset = ?2",
                        LocalDate.class)
                .setParameter(1, userId).setParameter(2, asset).getSingleResult();
        LatestScores.LatestScore score = scores.get(asset.symbol);
        return new AssetSnapshot(asset.symbol, asOf, market(asset, entered, asOf, input.orElse(null)),
                input.orElse(null), fearGreed, mvrv, top10, score == null ? null : score.date(), latestEvent);
    }

    /** The latest Fear &amp; Greed index the user entered, if it is recent enough to speak of today. */
    Integer fearGreed(long userId, LocalDate asOf) {
        LocalDate fresh = asOf.minusDays(settings.marketInputMaxAgeDays());
        return inputs.latestFearGreed(userId)
                .filter(e -> !e.inputDate.isAfter(asOf) && !e.inputDate.isBefore(fresh))
                .map(e -> e.fearGreed).orElse(null);
    }

    /**
     * The last {@value #MARKET_DAYS} market days up to {@code asOf}: the daily closes with their volume and
     * market cap, the user's figures taking precedence. A day the user gave figures for without a close takes
     * the latest close before it (or the tokenomics price), so that entered volumes count for coins Ballast has
     * no prices of.
     */
    private static List<MarketDay> market(AssetEntity asset, List<MarketInputEntity> entered, LocalDate asOf,
                                          TokenomicsInput tokenomics) {
        LocalDate from = asOf.minusDays(MARKET_DAYS - 1L);
        NavigableMap<LocalDate, BigDecimal[]> days = new TreeMap<>(); // date → close, volume, market cap
        List<PricePointEntity> prices = PricePointEntity.list(
                "assetId = ?1 and priceDate >= ?2 and priceDate <= ?3 order by priceDate", asset.id, from, asOf);
        for (PricePointEntity p : prices) {
            days.put(p.priceDate, new BigDecimal[] {p.close, p.volume24h, p.marketCap});
        }
        BigDecimal before = PricePointEntity.<PricePointEntity>find(
                        "assetId = ?1 and priceDate < ?2 order by priceDate desc", asset.id, from)
                .firstResultOptional().map(p -> p.close)
                .orElse(tokenomics == null ? null : tokenomics.price());
        for (MarketInputEntity e : entered) {
            if (e.inputDate.isBefore(from) || e.inputDate.isAfter(asOf) || (e.volume24h == null && e.marketCap == null)) {
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
