package app.ballast.portfolio.bench;

import app.ballast.domain.Tier;
import app.ballast.domain.policy.DcaPlan;
import app.ballast.domain.policy.Frequency;
import app.ballast.domain.policy.Policy;
import app.ballast.domain.policy.TakeProfitLadder;
import app.ballast.domain.policy.TrailingStop;
import app.ballast.portfolio.backtest.BacktestAsset;
import app.ballast.portfolio.backtest.BacktestRequest;
import app.ballast.portfolio.backtest.BacktestResult;
import app.ballast.portfolio.backtest.Backtester;
import app.ballast.portfolio.backtest.PriceHistory;
import app.ballast.portfolio.backtest.RebalanceSchedule;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.runner.RunnerException;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * How long a backtest of 18 assets over 7 years of daily closes takes, with weekly DCA into BTC
 * and ETH, quarterly rebalancing, a 25% trailing stop and the default take-profit ladder on every
 * position. The closes are either random walks of ±4% a day ({@code RANDOM_WALK}) or the real
 * bundled history ({@code BUNDLED}: {@code web/src/main/resources/data/prices.csv}, the same 18
 * assets, 2018–2025, some listed later or ending earlier), found from the working directory.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BacktestBenchmark {

    static final String[] SYMBOLS = {"BTC", "ETH", "SOL", "ADA", "AVAX", "DOT", "ATOM", "MATIC", "LINK", "FIL", "UNI",
        "AAVE", "BNB", "FTT", "XRP", "LTC", "DOGE", "LUNA"};
    static final LocalDate FROM = LocalDate.of(2018, 7, 1);
    static final LocalDate TO = LocalDate.of(2025, 6, 30);

    static final String BUNDLED_PRICES = "web/src/main/resources/data/prices.csv";

    /** Which closes to replay: RANDOM_WALK (generated) or BUNDLED (the real history). */
    @Param({"RANDOM_WALK", "BUNDLED"})
    public String closes;

    private BacktestRequest request;
    private PriceHistory history;

    @Setup
    public void generate() throws IOException {
        List<BacktestAsset> assets = new ArrayList<>();
        for (int a = 0; a < SYMBOLS.length; a++) {
            assets.add(new BacktestAsset(SYMBOLS[a], a < 2 ? Tier.CORE : Tier.SATELLITE, "Sector " + (a % 5)));
        }
        history = PriceHistory.of("BUNDLED".equals(closes) ? bundledCloses() : randomWalks());
        List<DcaPlan> dca = List.of(
                new DcaPlan("BTC", BigDecimal.valueOf(100), Frequency.WEEKLY, DayOfWeek.MONDAY, null, FROM, null, null,
                        true, null),
                new DcaPlan("ETH", BigDecimal.valueOf(50), Frequency.WEEKLY, DayOfWeek.THURSDAY, null, FROM, null, null,
                        true, null));
        request = new BacktestRequest(FROM, TO, BigDecimal.valueOf(100_000), assets, Policy.DEFAULT, dca,
                RebalanceSchedule.QUARTERLY, new TrailingStop(new BigDecimal("0.25")),
                TakeProfitLadder.defaults(BigDecimal.ONE, new BigDecimal("0.25")), null);
    }

    @Benchmark
    public BacktestResult backtest() {
        return Backtester.run(request, history);
    }

    /** One random walk of ±4% a day per symbol, the same on every run. */
    static List<PriceHistory.DailyClose> randomWalks() {
        SplittableRandom random = new SplittableRandom(20240301L);
        List<PriceHistory.DailyClose> rows = new ArrayList<>();
        for (String symbol : SYMBOLS) {
            BigDecimal price = BigDecimal.valueOf(10 + random.nextInt(10_000));
            for (LocalDate d = FROM; !d.isAfter(TO); d = d.plusDays(1)) {
                rows.add(new PriceHistory.DailyClose(symbol, d, price));
                BigDecimal step = BigDecimal.valueOf(9_600 + random.nextInt(801), 4);
                price = price.multiply(step).setScale(6, RoundingMode.HALF_EVEN).max(new BigDecimal("0.000001"));
            }
        }
        return rows;
    }

    /**
     * The bundled file's rows (date,symbol,close,volume_usd,market_cap_usd; no quoted fields), looked
     * for from the working directory upwards: Maven runs the benchmark in {@code portfolio/}.
     */
    static List<PriceHistory.DailyClose> bundledCloses() throws IOException {
        Path file = null;
        for (Path dir = Path.of("").toAbsolutePath(); dir != null && file == null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(BUNDLED_PRICES))) {
                file = dir.resolve(BUNDLED_PRICES);
            }
        }
        if (file == null) {
            throw new IOException(BUNDLED_PRICES + " not found from " + Path.of("").toAbsolutePath());
        }
        List<PriceHistory.DailyClose> rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(file);
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split(",", -1);
            rows.add(new PriceHistory.DailyClose(fields[1], LocalDate.parse(fields[0]), new BigDecimal(fields[2])));
        }
        return rows;
    }

    public static void main(String[] args) throws RunnerException {
        BenchmarkRunner.run(BacktestBenchmark.class);
    }
}
