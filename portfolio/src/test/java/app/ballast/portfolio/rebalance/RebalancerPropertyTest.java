package app.ballast.portfolio.rebalance;

import app.ballast.domain.Tier;
import app.ballast.domain.policy.Policy;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Random portfolios and policies: applied at the given prices and fee rate, the suggested trades
 * keep cash at 0 or above, trade nothing below the minimum, buy nothing under the no-buy
 * threshold, and leave every cap and band satisfied or explained; the answer does not depend on
 * the order of the positions; and a healthy portfolio is brought fully within its policy.
 */
class RebalancerPropertyTest {

    private static final String[] SATELLITES = {"SOL", "ADA", "DOT", "LINK", "AAVE", "UNI", "AVAX", "ATOM", "FIL", "DOGE"};
    private static final String[] SECTORS = {"L1", "DeFi", "Infrastructure", "Meme", "Storage"};

    record Case(List<RebalancePosition> positions, BigDecimal cash, Policy policy, RebalanceMode mode, long seed) {
        RebalanceRequest request() {
            return new RebalanceRequest(positions, cash, policy, mode);
        }
    }

    @Provide
    Arbitrary<Case> portfolios() {
        Arbitrary<Integer> satelliteCount = Arbitraries.integers().between(0, SATELLITES.length);
        Arbitrary<Boolean> withEth = Arbitraries.of(true, true, true, false);
        Arbitrary<BigDecimal> cash = Arbitraries.oneOf(Arbitraries.just(BigDecimal.ZERO),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("500000")).ofScale(2));
        Arbitrary<Policy> policy = Arbitraries.of(
                Policy.DEFAULT,
                Policy.DEFAULT.withSatelliteCap(new BigDecimal("0.10"), true),
                Policy.DEFAULT.withSatelliteCap(new BigDecimal("0.30"), false),
                Policy.DEFAULT.withSectorCap(new BigDecimal("0.4")).withMinTrade(new BigDecimal("250")),
                Policy.DEFAULT.withFeeRate(new BigDecimal("0.01")).withMinTrade(BigDecimal.ZERO),
                Policy.DEFAULT.withSatelliteWeights(Map.of("SOL", new BigDecimal("0.5"), "ADA", new BigDecimal("0.3"),
                        "LINK", new BigDecimal("0.2"))));
        Arbitrary<RebalanceMode> mode = Arbitraries.of(RebalanceMode.values());
        Arbitrary<Long> seed = Arbitraries.longs();
        return Combinators.combine(satelliteCount, withEth, cash, policy, mode, seed)
                .as((count, eth, money, p, m, s) -> new Case(positions(count, eth, new Random(s)), money, p, m, s));
    }

    static List<RebalancePosition> positions(int satellites, boolean withEth, Random random) {
        List<RebalancePosition> positions = new ArrayList<>();
        positions.add(position("BTC", Tier.CORE, "L1", random, "60000"));
        if (withEth) {
            positions.add(position("ETH", Tier.CORE, "L1", random, "3000"));
        }
        for (int i = 0; i < satellites; i++) {
            positions.add(position(SATELLITES[i], Tier.SATELLITE, SECTORS[random.nextInt(SECTORS.length)], random,
                    random.nextBoolean() ? "1.5" : "120"));
        }
        return positions;
    }

    static RebalancePosition position(String symbol, Tier tier, String sector, Random random, String typicalPrice) {
        BigDecimal price = new BigDecimal(typicalPrice).multiply(BigDecimal.valueOf(50 + random.nextInt(100)))
                .divide(BigDecimal.valueOf(100), 4, RoundingMode.HALF_EVEN);
        // Values from nothing to about 200,000 USD, with 8 decimals of quantity.
        BigDecimal value = random.nextInt(8) == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(random.nextInt(200_000));
        BigDecimal quantity = value.divide(price, 8, RoundingMode.DOWN);
        BigDecimal score = switch (random.nextInt(6)) {
            case 0 -> null;
            case 1 -> new BigDecimal("3.5");
            case 2 -> new BigDecimal("5.0");
            default -> BigDecimal.valueOf(55 + random.nextInt(45), 1);
        };
        return new RebalancePosition(symbol, tier, sector, quantity, price, score);
    }

    @Property(tries = 300)
    void theTradesKeepCashAndMinimumsAndSatisfyOrExplainEveryRule(@ForAll("portfolios") Case c) {
        RebalancePlan plan = Rebalancer.suggest(c.request());
        Policy policy = c.policy();
        Map<String, RebalancePosition> bySymbol = new TreeMap<>();
        c.positions().forEach(p -> bySymbol.put(p.symbol(), p));
        Map<String, BigDecimal> quantities = new TreeMap<>();
        c.positions().forEach(p -> quantities.put(p.symbol(), p.quantity()));
        BigDecimal cash = c.cash();
        BigDecimal sells = BigDecimal.ZERO;
        BigDecimal buysAndFees = BigDecimal.ZERO;

        for (Trade t : plan.trades()) {
            RebalancePosition p = bySymbol.get(t.symbol());
            assertTrue(t.quantity().signum() > 0, t.toString());
            assertEquals(0, t.value().compareTo(t.quantity().multiply(p.price())), t.toString());
            assertTrue(t.value().compareTo(policy.minTrade()) >= 0, "below the minimum: " + t);
            assertTrue(t.fee().compareTo(t.value().multiply(policy.feeRate())) >= 0, t.toString());
            if (t.side() == Side.BUY) {
                assertTrue(!policy.noBuy(p.score()), "bought under the no-buy threshold: " + t);
                buysAndFees = buysAndFees.add(t.value()).add(t.fee());
            } else {
                assertEquals(RebalanceMode.FULL, c.mode(), "buy-only sold: " + t);
                sells = sells.add(t.value().subtract(t.fee()));
            }
            quantities.merge(t.symbol(), t.quantityChange(), BigDecimal::add);
            cash = cash.add(t.cashChange());
        }
        assertTrue(quantities.values().stream().allMatch(q -> q.signum() >= 0), "sold more than held");
        assertTrue(cash.signum() >= 0, "cash went negative: " + cash);
        assertTrue(c.cash().add(sells).compareTo(buysAndFees) >= 0, "sells and cash do not fund the buys and fees");
        assertEquals(0, cash.compareTo(plan.after().cash()));

        BigDecimal total = cash;
        BigDecimal core = BigDecimal.ZERO;
        BigDecimal satellites = BigDecimal.ZERO;
        Map<String, BigDecimal> sectors = new TreeMap<>();
        Map<String, BigDecimal> values = new TreeMap<>();
        for (RebalancePosition p : c.positions()) {
            BigDecimal v = quantities.get(p.symbol()).multiply(p.price());
            values.put(p.symbol(), v);
            total = total.add(v);
            if (policy.inCore(p.symbol(), p.tier())) {
                core = core.add(v);
            } else {
                satellites = satellites.add(v);
                sectors.merge(p.sector(), v, BigDecimal::add);
            }
        }
        for (RebalancePosition p : c.positions()) {
            if (policy.capped(p.symbol(), p.tier())
                    && values.get(p.symbol()).compareTo(policy.satelliteCap().multiply(total)) > 0) {
                assertExplained(plan, "POSITION_CAP", p.symbol());
            }
            if (policy.sell(p.score()) && values.get(p.symbol()).signum() > 0) {
                assertExplained(plan, "SELL_THRESHOLD", p.symbol());
            }
        }
        if (total.signum() > 0 && (core.compareTo(policy.coreMin().multiply(total)) < 0
                || core.compareTo(policy.coreMax().multiply(total)) > 0)) {
            assertExplained(plan, "CORE_BAND", "CORE");
        }
        for (Map.Entry<String, BigDecimal> sector : sectors.entrySet()) {
            if (sector.getValue().compareTo(policy.sectorCap().multiply(satellites)) > 0) {
                assertExplained(plan, "SECTOR_CONCENTRATION", sector.getKey());
            }
        }
    }

    /** A sector that buy-only buys into ends within its cap of the satellites, up to the rounding of quantities. */
    @Property(tries = 300)
    void buyOnlyBuysNoSectorPastItsCap(@ForAll("portfolios") Case c) {
        Policy policy = c.policy();
        RebalancePlan plan = Rebalancer.suggest(new RebalanceRequest(c.positions(), c.cash(), policy,
                RebalanceMode.BUY_ONLY));
        Map<String, BigDecimal> sectors = new TreeMap<>();
        Map<String, Boolean> bought = new TreeMap<>();
        BigDecimal satellites = BigDecimal.ZERO;
        for (RebalancePosition p : c.positions()) {
            if (!policy.inCore(p.symbol(), p.tier())) {
                BigDecimal v = plan.after().weights().get(p.symbol()).multiply(plan.after().value());
                sectors.merge(p.sector(), v, BigDecimal::add);
                satellites = satellites.add(v);
                bought.merge(p.sector(), plan.trades().stream().anyMatch(t -> t.symbol().equals(p.symbol())),
                        Boolean::logicalOr);
            }
        }
        if (policy.sectorCap().multiply(BigDecimal.valueOf(sectors.size())).compareTo(BigDecimal.ONE) <= 0) {
            return; // too few sectors (or exactly enough) for the cap to hold beyond the rounding
        }
        BigDecimal limit = policy.sectorCap().multiply(satellites).multiply(new BigDecimal("1.0001"));
        for (Map.Entry<String, BigDecimal> sector : sectors.entrySet()) {
            if (bought.get(sector.getKey())) {
                assertTrue(sector.getValue().compareTo(limit) <= 0, sector.getKey() + " bought past its cap: " + plan);
            }
        }
    }

    @Property(tries = 100)
    void theOrderOfThePositionsDoesNotMatter(@ForAll("portfolios") Case c) {
        List<RebalancePosition> shuffled = new ArrayList<>(c.positions());
        Collections.shuffle(shuffled, new Random(c.seed()));

        RebalancePlan first = Rebalancer.suggest(c.request());
        RebalancePlan second = Rebalancer.suggest(new RebalanceRequest(shuffled, c.cash(), c.policy(), c.mode()));

        assertEquals(first, second);
    }

    /** Both core assets, at least four satellites in at least three sectors, all eligible, a large portfolio. */
    @Property(tries = 200)
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void aHealthyPortfolioIsBroughtFullyWithinItsPolicy(@ForAll("portfolios") Case c) {
        List<RebalancePosition> positions = c.positions().stream().map(p -> new RebalancePosition(p.symbol(), p.tier(),
                p.sector(), p.quantity(), p.price(), null)).toList();
        long sectors = positions.stream().filter(p -> p.tier() == Tier.SATELLITE).map(RebalancePosition::sector)
                .distinct().count();
        BigDecimal total = positions.stream().map(RebalancePosition::value).reduce(c.cash(), BigDecimal::add);
        boolean healthy = positions.size() >= 6 && sectors >= 3 && positions.get(1).symbol().equals("ETH")
                && total.compareTo(new BigDecimal("100000")) >= 0;
        Statistics.collect(healthy);
        Statistics.coverage(coverage -> coverage.check(true).count(n -> n >= 20));
        if (!healthy) {
            return;
        }

        RebalancePlan plan = Rebalancer.suggest(new RebalanceRequest(positions, c.cash(), Policy.DEFAULT,
                RebalanceMode.FULL));

        assertEquals(List.of(), plan.unmet());
    }

    static void assertExplained(RebalancePlan plan, String rule, String subject) {
        assertTrue(plan.unmet().stream().anyMatch(u -> u.rule().equals(rule) && u.subject().equals(subject)),
                rule + " " + subject + " fails after the trades but is not explained: " + plan);
    }
}
