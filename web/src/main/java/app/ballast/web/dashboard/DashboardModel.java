package app.ballast.web.dashboard;

import app.ballast.domain.CostMethod;
import app.ballast.domain.Money;
import app.ballast.domain.Scales;
import app.ballast.domain.Tier;
import app.ballast.domain.policy.Policy;
import app.ballast.portfolio.Holding;
import app.ballast.portfolio.PortfolioSnapshot;
import app.ballast.portfolio.Totals;
import app.ballast.portfolio.ValueHistory;
import app.ballast.portfolio.rebalance.RebalanceMode;
import app.ballast.portfolio.rebalance.RebalancePlan;
import app.ballast.portfolio.rebalance.RebalanceRequest;
import app.ballast.portfolio.rebalance.Rebalancer;
import app.ballast.web.ledger.LedgerRepository;
import app.ballast.web.ledger.PortfolioService;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import app.ballast.web.persistence.PortfolioEntity;
import app.ballast.web.policy.CurrentPositions;
import app.ballast.web.policy.PolicyOverview;
import app.ballast.web.policy.RebalanceService;
import app.ballast.web.policy.SuggestionView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything the dashboard shows, read in one transaction: the holdings valued at the latest closes, today's
 * move and the profit since the start, the value over time (kept per portfolio, {@link ValueSeries}), the
 * allocation by sleeve, sector and asset against the policy's targets, the policy's status and warnings, the
 * open rebalance suggestions, the next DCA buys and the stops closest to triggering.
 */
@ApplicationScoped
public class DashboardModel {

    /** How many open suggestions the dashboard lists. */
    static final int SUGGESTIONS = 5;

    /** How long an evaluation of the user's stops and ladders at the same closes stands. */
    static final Duration PLANS_EVALUATED_FOR = Duration.ofSeconds(60);

    /** How long a computed dashboard is shown again at most. */
    static final Duration VIEW_FOR = Duration.ofSeconds(30);

    /** A change of money with its share of what it changed from (null when that was 0). */
    public record Change(Money amount, BigDecimal fraction) {
        public int signum() {
            return amount.signum();
        }
    }

    /** One slice of an allocation: its value and weight, the policy's target (null: none) and whether it is over a cap. */
    public record Slice(String key, Money value, BigDecimal weight, BigDecimal target, BigDecimal cap, boolean over) {
        /** Weight minus target, null without a target. */
        public BigDecimal gap() {
            return target == null ? null : weight.subtract(target);
        }
    }

    /**
     * Parts of the page made from a view once and shown again while the view is kept: the value table has a row
     * per week of the history (over 400 for eight years), the same for every request until the ledger or the
     * closes change. Numbers and dates only, no text of the user's.
     */
    public static final class Rendered {
        private final java.util.concurrent.ConcurrentHashMap<String, String> parts = new java.util.concurrent.ConcurrentHashMap<>();

        public String get(String part, java.util.function.Supplier<String> make) {
            return parts.computeIfAbsent(part, p -> make.get());
        }
    }

    /** One point of the value chart. */
    public record ValuePoint(LocalDate date, Money value, Money cost, Money profit) {
    }

    /**
     * @param latestDay the day of the latest close behind today's change (null without closes)
     */
    public record View(PortfolioSnapshot snapshot, PolicyOverview.Overview policy, Change today, LocalDate latestDay,
                       Change sinceStart, List<ValuePoint> series, boolean weekly, List<Slice> bySleeve,
                       List<Slice> bySector, List<Slice> byAsset, BigDecimal sectorCap, BigDecimal assetCap,
                       List<SuggestionView> suggestions, long openSuggestions, Rendered rendered) {

        public boolean hasTargets() {
            return byAsset.stream().anyMatch(s -> s.target() != null);
        }
    }

    @Inject
    CurrentPositions current;

    @Inject
    PolicyOverview overview;

    @Inject
    PortfolioService portfolios;

    @Inject
    ValueSeries values;

    @Inject
    RebalanceService rebalance;

    @Inject
    LedgerRepository repository;

    /** Users whose stops and ladders saw the closes of a generation, for a minute. */
    private final Cache<Long, Long> plansEvaluated = Caffeine.newBuilder()
            .expireAfterWrite(PLANS_EVALUATED_FOR).maximumSize(100_000).build();

    /** The closes as of the latest quotes now. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ValueSeries.Closes closes() {
        return values.closes(repository.latestQuotes());
    }

    /**
     * Whether this request should feed the user's stops and ladders the stored closes before the dashboard shows
     * them: not when that was done, at the same closes, less than {@link #PLANS_EVALUATED_FOR} ago. The first
     * request claims the evaluation, so that fifty dashboards of one user do not all queue on the portfolio's row
     * lock that evaluating takes; {@link #plansFailed} gives the claim up.
     */
    public boolean claimPlans(long userId, ValueSeries.Closes closes) {
        long generation = closes.generation();
        Long before = plansEvaluated.getIfPresent(userId);
        if (before != null && before == generation) {
            return false; // left as it is, so that it still expires a minute after the evaluation
        }
        return before == null ? plansEvaluated.asMap().putIfAbsent(userId, generation) == null
                : plansEvaluated.asMap().replace(userId, before, generation);
    }

    /** The evaluation claimed did not happen: the next dashboard tries again. */
    public void plansFailed(long userId) {
        plansEvaluated.invalidate(userId);
    }

    /** A user's dashboard as computed at a ledger version, cost method and generation of closes. */
    private record Kept(View view, long ledgerVersion, CostMethod method, long generation) {
    }

    /**
     * The dashboards computed lately, per user: used again while the ledger version, the cost method and the
     * closes are the same, no write request of the user came in ({@link #forget}, called by
     * {@link DashboardInvalidation}) and it is younger than {@link #VIEW_FOR} (what the jobs change without a
     * request of the user: a quarterly suggestion, a stop fired by a live price, the age of the prices).
     */
    private final Cache<Long, Kept> views = Caffeine.newBuilder().expireAfterWrite(VIEW_FOR).maximumSize(10_000).build();

    /** Forgets the user's dashboard: the next one is computed afresh. */
    public void forget(long userId) {
        views.invalidate(userId);
    }

    /** The user's dashboard at the closes, computed again only when something it shows may have changed. */
    @Transactional
    public View view(long userId, ValueSeries.Closes closes) {
        PortfolioEntity entity = portfolios.defaultPortfolio(userId);
        Kept kept = views.getIfPresent(userId);
        if (current(kept, entity, closes)) {
            return kept.view();
        }
        // Fifty requests arriving when the kept one expired compute it once, not fifty times.
        synchronized (computing[Math.floorMod(Long.hashCode(userId), computing.length)]) {
            kept = views.getIfPresent(userId);
            if (current(kept, entity, closes)) {
                return kept.view();
            }
            View view = view(userId);
            views.put(userId, new Kept(view, entity.ledgerVersion, entity.costMethod, closes.generation()));
            return view;
        }
    }

    private static boolean current(Kept kept, PortfolioEntity entity, ValueSeries.Closes closes) {
        return kept != null && kept.ledgerVersion() == entity.ledgerVersion && kept.method() == entity.costMethod
                && kept.generation() == closes.generation();
    }

    private final Object[] computing = new Object[64];

    {
        for (int i = 0; i < computing.length; i++) {
            computing[i] = new Object();
        }
    }

    /** The user's dashboard, computed now. */
    @Transactional
    public View view(long userId) {
        CurrentPositions.Portfolio portfolio = current.read(userId);
        PolicyOverview.Overview policy = overview.overview(userId, portfolio);
        PortfolioEntity entity = portfolios.defaultPortfolio(userId);
        ValueSeries.Closes closes = values.closes(portfolio.quotes());
        ValueSeries.Series series = values.series(entity.id, entity.ledgerVersion, entity.costMethod, closes);

        PortfolioSnapshot snapshot = portfolio.snapshot();
        Map<String, BigDecimal> held = new HashMap<>();
        snapshot.holdings().forEach(h -> held.put(h.symbol(), h.quantity().amount()));
        ValueHistory.DayChange day = ValueHistory.dayChange(held, closes.bySymbol());
        Totals totals = snapshot.totals();
        Money profit = totals.unrealizedProfit().plus(totals.realizedProfit());
        Change sinceStart = new Change(profit, totals.costBasis().isZero() ? null
                : profit.amount().divide(totals.costBasis().amount(), 8, RoundingMode.HALF_EVEN));

        List<ValuePoint> points = series.points().stream().map(p -> new ValuePoint(p.date(), Money.usd(p.value()),
                Money.usd(p.cost()), Money.usd(p.profit()))).toList();
        Map<String, BigDecimal> targets = targets(portfolio);
        Policy rules = portfolio.policy();
        List<SuggestionView> open = rebalance.latest(userId, true, SUGGESTIONS);
        long openCount = open.size() < SUGGESTIONS ? open.size() : rebalance.countOpen(userId);
        return new View(snapshot, policy, new Change(Money.usd(day.change()), day.fraction()), day.date(), sinceStart,
                points, series.weekly(), sleeves(snapshot, rules), sectors(snapshot, rules, targets),
                assets(snapshot, rules, targets), rules.sectorCap(), rules.satelliteCap(), open, openCount,
                new Rendered());
    }

    /** Each asset's target share under the policy, as a full rebalance would aim for now (empty when it cannot). */
    static Map<String, BigDecimal> targets(CurrentPositions.Portfolio portfolio) {
        try {
            RebalancePlan plan = Rebalancer.suggest(new RebalanceRequest(portfolio.positions(), BigDecimal.ZERO,
                    portfolio.policy(), RebalanceMode.FULL));
            return plan.targets();
        } catch (RuntimeException e) {
            return Map.of(); // nothing priced, or a policy the engine refuses: the tables then show no targets
        }
    }

    /** The core sleeve (as the policy counts it) and the satellites, against the core's target and band. */
    static List<Slice> sleeves(PortfolioSnapshot snapshot, Policy policy) {
        Money core = Money.zero(Money.USD);
        Money satellites = Money.zero(Money.USD);
        BigDecimal coreWeight = BigDecimal.ZERO;
        BigDecimal satelliteWeight = BigDecimal.ZERO;
        for (Holding h : snapshot.holdings()) {
            if (h.marketValue().isZero()) {
                continue;
            }
            if (policy.inCore(h.symbol(), h.tier())) {
                core = core.plus(h.marketValue());
                coreWeight = coreWeight.add(h.weight());
            } else {
                satellites = satellites.plus(h.marketValue());
                satelliteWeight = satelliteWeight.add(h.weight());
            }
        }
        boolean coreOut = coreWeight.compareTo(policy.coreMin()) < 0 || coreWeight.compareTo(policy.coreMax()) > 0;
        List<Slice> slices = new ArrayList<>();
        slices.add(new Slice(Tier.CORE.name(), core, coreWeight, policy.coreTarget(), null, coreOut));
        slices.add(new Slice(Tier.SATELLITE.name(), satellites, satelliteWeight,
                BigDecimal.ONE.subtract(policy.coreTarget()), null, coreOut));
        return slices;
    }

    /**
     * Each sector's value and weight, its target (the sum of its assets' targets) and whether its satellites are
     * more of the satellite sleeve than the sector cap allows.
     */
    static List<Slice> sectors(PortfolioSnapshot snapshot, Policy policy, Map<String, BigDecimal> targets) {
        Map<String, Money> values = new TreeMap<>();
        Map<String, BigDecimal> weights = new HashMap<>();
        Map<String, BigDecimal> satelliteWeights = new HashMap<>();
        BigDecimal satelliteSleeve = BigDecimal.ZERO;
        Map<String, String> sectorOf = new HashMap<>();
        for (Holding h : snapshot.holdings()) {
            sectorOf.put(h.symbol(), h.sector());
            if (h.marketValue().isZero()) {
                continue;
            }
            values.merge(h.sector(), h.marketValue(), Money::plus);
            weights.merge(h.sector(), h.weight(), BigDecimal::add);
            if (!policy.inCore(h.symbol(), h.tier())) {
                satelliteWeights.merge(h.sector(), h.weight(), BigDecimal::add);
                satelliteSleeve = satelliteSleeve.add(h.weight());
            }
        }
        Map<String, BigDecimal> sectorTargets = new HashMap<>();
        targets.forEach((symbol, target) -> {
            String sector = sectorOf.get(symbol);
            if (sector != null) {
                sectorTargets.merge(sector, target, BigDecimal::add);
            }
        });
        List<Slice> slices = new ArrayList<>();
        for (Map.Entry<String, Money> e : values.entrySet()) {
            BigDecimal inSleeve = satelliteWeights.get(e.getKey());
            boolean over = inSleeve != null && satelliteSleeve.signum() > 0
                    && inSleeve.divide(satelliteSleeve, 8, RoundingMode.HALF_EVEN).compareTo(policy.sectorCap()) > 0;
            slices.add(new Slice(e.getKey(), e.getValue(), weights.get(e.getKey()),
                    targets.isEmpty() ? null : sectorTargets.getOrDefault(e.getKey(), BigDecimal.ZERO).setScale(
                            Scales.AMOUNT_SCALE, RoundingMode.HALF_EVEN), null, over));
        }
        slices.sort(Comparator.comparing((Slice s) -> s.value().amount()).reversed().thenComparing(Slice::key));
        return slices;
    }

    /** Each asset held (and each one the policy targets), its target, and the cap when it is capped. */
    static List<Slice> assets(PortfolioSnapshot snapshot, Policy policy, Map<String, BigDecimal> targets) {
        Map<String, Slice> slices = new LinkedHashMap<>();
        for (Holding h : snapshot.holdings()) {
            if (h.marketValue().isZero() && !targets.containsKey(h.symbol())) {
                continue;
            }
            boolean capped = policy.capped(h.symbol(), h.tier());
            BigDecimal cap = capped ? policy.satelliteCap() : null;
            slices.put(h.symbol(), new Slice(h.symbol(), h.marketValue(), h.weight(),
                    targets.isEmpty() ? null : targets.getOrDefault(h.symbol(), BigDecimal.ZERO), cap,
                    capped && h.weight().compareTo(policy.satelliteCap()) > 0));
        }
        targets.forEach((symbol, target) -> {
            if (!slices.containsKey(symbol) && target.signum() > 0) {
                slices.put(symbol, new Slice(symbol, Money.zero(Money.USD), BigDecimal.ZERO, target, null, false));
            }
        });
        List<Slice> list = new ArrayList<>(slices.values());
        list.sort(Comparator.comparing((Slice s) -> s.value().amount()).reversed().thenComparing(Slice::key));
        return list;
    }
}
