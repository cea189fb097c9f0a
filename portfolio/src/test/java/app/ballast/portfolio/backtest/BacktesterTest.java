package app.ballast.portfolio.backtest;

import app.ballast.domain.InvalidValueException;
import app.ballast.domain.Tier;
import app.ballast.domain.policy.DcaPlan;
import app.ballast.domain.policy.Frequency;
import app.ballast.domain.policy.Policy;
import app.ballast.domain.policy.TrailingStop;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BacktesterTest {

    static final LocalDate START = LocalDate.of(2024, 1, 1);

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    /** A policy that holds only BTC: all of the portfolio, no fees, no minimum trade. */
    static final Policy ALL_BTC = new Policy(Map.of("BTC", BigDecimal.ONE), BigDecimal.ONE, BigDecimal.ONE,
            BigDecimal.ONE, d("0.2"), true, d("0.5"), BigDecimal.ZERO, BigDecimal.ZERO, d("5.5"), d("4"), Map.of());

    static final List<BacktestAsset> CORE = List.of(new BacktestAsset("BTC", Tier.CORE, "L1"),
            new BacktestAsset("ETH", Tier.CORE, "L1"));

    /** Daily closes from START, one price per day per symbol. */
    static PriceHistory history(Map<String, String[]> closes) {
        List<PriceHistory.DailyClose> rows = new ArrayList<>();
        closes.forEach((symbol, prices) -> {
            for (int i = 0; i < prices.length; i++) {
                rows.add(new PriceHistory.DailyClose(symbol, START.plusDays(i), d(prices[i])));
            }
        });
        return PriceHistory.of(rows);
    }

    static String[] flat(String price, int days) {
        String[] prices = new String[days];
        java.util.Arrays.fill(prices, price);
        return prices;
    }

    static BacktestRequest request(int days, String cash, List<BacktestAsset> assets, Policy policy,
                                   List<DcaPlan> dca, RebalanceSchedule schedule, TrailingStop stop) {
        return new BacktestRequest(START, START.plusDays(days - 1L), d(cash), assets, policy, dca, schedule, stop,
                null, null);
    }

    @Test
    void flatPricesLoseOnlyTheFeesAndKeepTheSatelliteShareInCashWithoutSatellites() {
        PriceHistory history = history(Map.of("BTC", flat("50000", 10), "ETH", flat("2500", 10)));

        BacktestResult result = Backtester.run(request(10, "10000", CORE, Policy.DEFAULT, List.of(),
                RebalanceSchedule.QUARTERLY, null), history);

        assertEquals(10, result.series().size());
        assertEquals(d("10000.00"), result.invested());
        assertEquals(2, result.trades());
        // 6,500 bought at a 0.1% fee: about 6.50 USD of fees.
        assertTrue(result.fees().subtract(d("6.49")).abs().compareTo(d("0.02")) < 0, result.fees().toString());
        assertEquals(0, result.finalValue().compareTo(d("10000").subtract(result.fees()).setScale(2,
                java.math.RoundingMode.HALF_EVEN)), result.toString());
        assertEquals(0, result.maxDrawdown().signum());
        assertEquals(0, result.volatility().signum());
        assertNotNull(result.buyAndHoldBtc());
    }

    @Test
    void aQuarterlyRebalanceTrimsTheWinnerOnTheFirstDayOfTheQuarter() {
        // 2024-01-01 .. 2024-04-02: BTC doubles in March, ETH stays.
        int days = 93;
        String[] btc = flat("50000", days);
        for (int i = 60; i < days; i++) {
            btc[i] = "100000";
        }
        btc[60] = "70000";
        PriceHistory history = history(Map.of("BTC", btc, "ETH", flat("2500", days)));

        BacktestResult quarterly = Backtester.run(request(days, "10000", CORE, Policy.DEFAULT, List.of(),
                RebalanceSchedule.QUARTERLY, null), history);
        BacktestResult none = Backtester.run(request(days, "10000", CORE, Policy.DEFAULT, List.of(),
                RebalanceSchedule.NONE, null), history);

        assertEquals(2, none.trades());
        // On 2024-04-01 BTC is sold down and ETH bought up.
        assertEquals(4, quarterly.trades());
        assertEquals(LocalDate.of(2024, 4, 1), quarterly.series().get(91).date());
    }

    @Test
    void weeklyDcaAddsNewMoneyAndTheBenchmarkBuysBtcWithTheSameMoney() {
        int days = 28;
        PriceHistory history = history(Map.of("BTC", flat("50000", days), "ETH", flat("2500", days)));
        DcaPlan weekly = new DcaPlan("ETH", d("100"), Frequency.WEEKLY, DayOfWeek.MONDAY, null, START, null, null,
                true, null);

        BacktestResult result = Backtester.run(request(days, "1000", CORE, Policy.DEFAULT, List.of(weekly),
                RebalanceSchedule.NONE, null), history);

        // Mondays 1, 8, 15, 22 January.
        assertEquals(d("1400.00"), result.invested());
        assertEquals(d("1400.00"), result.buyAndHoldBtc().invested());
        assertEquals(5, result.buyAndHoldBtc().trades());
        assertEquals(d("1100.00"), result.series().get(6).invested());
        assertEquals(d("1200.00"), result.series().get(7).invested());
        assertTrue(result.volatility().compareTo(d("0.01")) < 0, "new money is not a return, only its fee: "
                + result.volatility());
    }

    @Test
    void aTrailingStopSellsAFallingPositionAtTheCloseThatReachesIt() {
        String[] btc = {"100", "110", "120", "100", "90", "80", "80"};
        PriceHistory history = history(Map.of("BTC", btc));

        BacktestResult result = Backtester.run(request(btc.length, "1000",
                List.of(new BacktestAsset("BTC", Tier.CORE, "L1")), ALL_BTC, List.of(), RebalanceSchedule.NONE,
                new TrailingStop(d("0.2"))), history);

        // Mark 120, stop 96: sold at 90 on day 5; the portfolio is then cash.
        assertEquals(2, result.trades());
        assertEquals(0, result.finalValue().compareTo(d("900.00")), result.toString());
        assertEquals(0, result.series().get(6).value().compareTo(d("900.00")));
    }

    @Test
    void drawdownAndVolatilityComeFromTheDailyReturns() {
        String[] btc = {"100", "80", "50", "100"};
        PriceHistory history = history(Map.of("BTC", btc));

        BacktestResult result = Backtester.run(request(btc.length, "1000",
                List.of(new BacktestAsset("BTC", Tier.CORE, "L1")), ALL_BTC, List.of(), RebalanceSchedule.NONE,
                null), history);

        assertEquals(0, result.maxDrawdown().compareTo(d("0.5")), result.toString());
        // Returns -0.2, -0.375, +1: sample standard deviation times the square root of 365.
        MathContext mc = MathContext.DECIMAL64;
        BigDecimal mean = d("0.425").divide(d("3"), mc);
        BigDecimal squares = d("-0.2").subtract(mean).pow(2).add(d("-0.375").subtract(mean).pow(2))
                .add(BigDecimal.ONE.subtract(mean).pow(2));
        BigDecimal expected = squares.divide(d("2"), mc).multiply(d("365")).sqrt(mc);
        assertTrue(result.volatility().subtract(expected).abs().compareTo(d("0.000001")) < 0,
                result.volatility() + " vs " + expected);
        assertEquals(0, result.returnFraction().compareTo(BigDecimal.ZERO));
        assertEquals(result.maxDrawdown(), result.buyAndHoldBtc().maxDrawdown());
    }

    @Test
    void anAssetListedLaterIsNotedAndBoughtFromThen() {
        PriceHistory history = history(Map.of("BTC", flat("50000", 5), "ETH", flat("2500", 5)));
        List<BacktestAsset> assets = List.of(new BacktestAsset("BTC", Tier.CORE, "L1"),
                new BacktestAsset("ETH", Tier.CORE, "L1"), new BacktestAsset("SOL", Tier.SATELLITE, "L1"));

        BacktestResult result = Backtester.run(request(5, "1000", assets, Policy.DEFAULT, List.of(),
                RebalanceSchedule.NONE, null), history);

        assertEquals(List.of("SOL has no price in the period: it is never bought"), result.notes());
    }

    @Test
    void withoutBtcPricesThereIsNoBenchmark() {
        PriceHistory history = history(Map.of("ETH", flat("2500", 5)));

        BacktestResult result = Backtester.run(request(5, "1000", List.of(new BacktestAsset("ETH", Tier.CORE, "L1")),
                Policy.DEFAULT, List.of(), RebalanceSchedule.NONE, null), history);

        assertNull(result.buyAndHoldBtc());
        assertNull(result.series().get(0).benchmarkValue());
    }

    @Test
    void aDcaPlanForAnAssetNotInTheBacktestIsRefused() {
        DcaPlan plan = new DcaPlan("DOGE", d("10"), Frequency.DAILY, null, null, START, null, null, true, null);

        InvalidValueException e = assertThrows(InvalidValueException.class, () -> request(5, "1000", CORE,
                Policy.DEFAULT, List.of(plan), RebalanceSchedule.NONE, null));

        assertEquals("dca[0].symbol", e.field());
    }

    @Test
    void twoYearsOfRealPricesWithWeeklyDcaQuarterlyRebalancingAndStops() throws IOException {
        PriceHistory history = bundled("/backtest/prices-2021-2022.csv");
        List<BacktestAsset> assets = List.of(new BacktestAsset("BTC", Tier.CORE, "L1"),
                new BacktestAsset("ETH", Tier.CORE, "L1"), new BacktestAsset("SOL", Tier.SATELLITE, "L1"),
                new BacktestAsset("LINK", Tier.SATELLITE, "Oracle"));
        DcaPlan weekly = new DcaPlan("BTC", d("100"), Frequency.WEEKLY, DayOfWeek.MONDAY, null,
                LocalDate.of(2021, 1, 1), null, null, true, null);
        BacktestRequest request = new BacktestRequest(LocalDate.of(2021, 1, 1), LocalDate.of(2022, 12, 31),
                d("10000"), assets, Policy.DEFAULT, List.of(weekly), RebalanceSchedule.QUARTERLY,
                new TrailingStop(d("0.25")), null, null);

        BacktestResult result = Backtester.run(request, history);

        assertEquals(730, result.series().size());
        // 104 Mondays in 2021-2022.
        assertEquals(d("20400.00"), result.invested());
        assertTrue(result.trades() > 104, "DCA buys, rebalances and stops: " + result.trades());
        assertTrue(result.maxDrawdown().compareTo(BigDecimal.ZERO) > 0);
        assertTrue(result.maxDrawdown().compareTo(BigDecimal.ONE) < 0);
        // BTC fell about 77% from its November 2021 top to November 2022.
        BigDecimal btcDrawdown = result.buyAndHoldBtc().maxDrawdown();
        assertTrue(btcDrawdown.compareTo(d("0.74")) > 0 && btcDrawdown.compareTo(d("0.80")) < 0,
                btcDrawdown.toString());
        assertTrue(result.volatility().compareTo(d("0.1")) > 0, result.volatility().toString());
        assertEquals(List.of(), result.notes());
    }

    // ---- regressions (issue 6 review) ----

    static String[] stopThenFlat(int days) {
        // Mark 120, stop 96 (20% trail): sold at 90 on day 3, then flat.
        String[] btc = flat("90", days);
        btc[0] = "100";
        btc[1] = "110";
        btc[2] = "120";
        return btc;
    }

    static BacktestRequest stopped(LocalDate from, int days, RebalanceSchedule schedule, Integer cooldownDays) {
        return new BacktestRequest(from, from.plusDays(days - 1L), d("1000"),
                List.of(new BacktestAsset("BTC", Tier.CORE, "L1")), ALL_BTC, List.of(), schedule,
                new TrailingStop(d("0.2")), null, null, cooldownDays);
    }

    @Test
    void aStopIsNotUndoneByTheThresholdRebalanceOfTheSameDay() {
        // With the position sold the core is out of its band: THRESHOLD used to buy it all back at once.
        PriceHistory history = history(Map.of("BTC", stopThenFlat(20)));

        BacktestResult result = Backtester.run(stopped(START, 20, RebalanceSchedule.THRESHOLD, null), history);

        assertEquals(2, result.trades(), "the first buy and the stop's sale: " + result);
        assertEquals(0, result.finalValue().compareTo(d("900.00")), result.toString());
    }

    @Test
    void aStopIsNotUndoneByTheNextQuarterlyRebalance() {
        // The stop sells on 2024-03-28; the quarter starts four days later.
        LocalDate from = LocalDate.of(2024, 3, 25);
        List<PriceHistory.DailyClose> rows = new ArrayList<>();
        String[] btc = stopThenFlat(14);
        for (int i = 0; i < btc.length; i++) {
            rows.add(new PriceHistory.DailyClose("BTC", from.plusDays(i), d(btc[i])));
        }

        BacktestResult result = Backtester.run(stopped(from, 14, RebalanceSchedule.QUARTERLY, null),
                PriceHistory.of(rows));

        assertEquals(2, result.trades(), result.toString());
    }

    @Test
    void aStoppedOutAssetIsBoughtAgainOnceTheCooldownIsOver() {
        PriceHistory history = history(Map.of("BTC", stopThenFlat(20)));

        BacktestResult result = Backtester.run(stopped(START, 20, RebalanceSchedule.THRESHOLD, 5), history);

        // Stopped on day 3, held back to day 7; the weekly threshold check buys it again on day 10.
        assertEquals(3, result.trades(), result.toString());
        assertEquals(0, result.series().get(9).value().compareTo(d("900.00")), result.toString());
        assertEquals(BacktestRequest.DEFAULT_STOP_COOLDOWN_DAYS,
                stopped(START, 20, RebalanceSchedule.THRESHOLD, null).stopCooldownDays());
    }

    @Test
    void anAssetWhoseSeriesEndsIsNeitherBoughtNorRebalancedAtItsLastPrice() {
        // MATIC's closes end on 2024-03-24 (as the bundled series ends on 2025-02-10); BTC goes on.
        LocalDate from = LocalDate.of(2024, 3, 20);
        int days = 20;
        List<PriceHistory.DailyClose> rows = new ArrayList<>();
        for (int i = 0; i < days; i++) {
            rows.add(new PriceHistory.DailyClose("BTC", from.plusDays(i), d(i < 12 ? "50000" : "60000")));
            if (i < 5) {
                rows.add(new PriceHistory.DailyClose("MATIC", from.plusDays(i), BigDecimal.ONE));
            }
        }
        Policy half = new Policy(Map.of("BTC", BigDecimal.ONE), d("0.5"), d("0.45"), d("0.55"), d("0.5"), true,
                BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ZERO, d("5.5"), d("4"), Map.of());
        DcaPlan daily = new DcaPlan("MATIC", d("10"), Frequency.DAILY, null, null, from, null, null, true, null);

        BacktestResult result = Backtester.run(new BacktestRequest(from, from.plusDays(days - 1L), d("1000"),
                List.of(new BacktestAsset("BTC", Tier.CORE, "L1"), new BacktestAsset("MATIC", Tier.SATELLITE, "L1")),
                half, List.of(daily), RebalanceSchedule.QUARTERLY, null, null, null), PriceHistory.of(rows));

        // DCA buys on the five closes and the three days the last one is carried over, then stops.
        assertEquals(d("1080.00"), result.invested(), result.toString());
        assertEquals(List.of("MATIC has no price after 2024-03-24: from 2024-03-28 it is valued at its last close and"
                + " neither bought nor sold until closes come again"), result.notes());
        // Day 0: BTC and MATIC bought to 505 each. On 2024-04-01 BTC (606 at 60,000) is trimmed to half of the
        // 1,181 with MATIC counted at its last close (575); MATIC is neither bought nor sold.
        assertEquals(8 + 2 + 1, result.trades(), result.toString());
        BigDecimal last = result.series().get(days - 1).value();
        assertEquals(0, last.compareTo(result.series().get(12).value()), result.toString());
    }

    static PriceHistory bundled(String resource) throws IOException {
        List<PriceHistory.DailyClose> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                BacktesterTest.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] cells = line.split(",", -1);
                rows.add(new PriceHistory.DailyClose(cells[1], LocalDate.parse(cells[0]), new BigDecimal(cells[2])));
            }
        }
        return PriceHistory.of(rows);
    }
}
