package app.ballast.portfolio.bench;

import app.ballast.domain.AssetInfo;
import app.ballast.domain.CostMethod;
import app.ballast.domain.LedgerEntry;
import app.ballast.domain.Quote;
import app.ballast.domain.Tier;
import app.ballast.domain.TransactionType;
import app.ballast.portfolio.HoldingsCalculator;
import app.ballast.portfolio.PortfolioSnapshot;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.runner.RunnerException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * How long deriving holdings takes for a large portfolio: 100,000 transactions over 20 assets
 * (mostly buys, occasional partial sells, a few transfers, fees in USD and in the coin).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class HoldingsBenchmark {

    static final int TRANSACTIONS = 100_000;

    private static final String[] SYMBOLS = {"BTC", "ETH", "SOL", "ADA", "AVAX", "DOT", "ATOM", "MATIC", "LINK",
        "FIL", "UNI", "AAVE", "BNB", "FTT", "XRP", "LTC", "DOGE", "LUNA", "USDT", "USDC"};
    private static final String[] EXCHANGES = {"Binance", "Kraken"};
    private static final String WALLET = "Ledger";
    private static final Instant START = Instant.parse("2021-01-01T00:00:00Z");

    @Param({"MOVING_AVERAGE", "FIFO"})
    public CostMethod method;

    private List<LedgerEntry> ledger;
    private Map<String, AssetInfo> assets;
    private Map<String, Quote> quotes;

    @Setup
    public void generate() {
        ledger = ledger(TRANSACTIONS, 20240301L);
        assets = new HashMap<>();
        quotes = new HashMap<>();
        for (int i = 0; i < SYMBOLS.length; i++) {
            String symbol = SYMBOLS[i];
            assets.put(symbol, new AssetInfo(symbol, symbol, i < 2 ? Tier.CORE : Tier.SATELLITE,
                    "Sector " + (i % 5), symbol.startsWith("USD")));
            quotes.put(symbol, new Quote(symbol, BigDecimal.valueOf(100 + 37L * i, 2), START));
        }
    }

    @Benchmark
    public PortfolioSnapshot compute() {
        return HoldingsCalculator.compute(ledger, method, assets, quotes);
    }

    /** A ledger that never overdraws: the generator tracks what each account holds. */
    static List<LedgerEntry> ledger(int size, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Map<String, BigDecimal> held = new HashMap<>();
        List<LedgerEntry> entries = new ArrayList<>(size);
        while (entries.size() < size) {
            long id = entries.size() + 1L;
            Instant time = START.plusSeconds(60L * id);
            String symbol = SYMBOLS[random.nextInt(SYMBOLS.length)];
            String exchange = EXCHANGES[random.nextInt(EXCHANGES.length)];
            BigDecimal onExchange = held.getOrDefault(symbol + "@" + exchange, BigDecimal.ZERO);
            int roll = random.nextInt(100);
            BigDecimal price = BigDecimal.valueOf(1 + random.nextInt(10_000_000), 2);
            // Between a fifth and a half of what the exchange holds, leaving room for a transfer fee.
            BigDecimal part = onExchange.multiply(BigDecimal.valueOf(20 + random.nextInt(31)))
                    .divide(BigDecimal.valueOf(100), 8, RoundingMode.DOWN);

            if (roll < 15 && part.signum() > 0) {
                entries.add(new LedgerEntry(id, time, TransactionType.SELL, symbol, exchange, null, part, price,
                        BigDecimal.valueOf(random.nextInt(500), 2), "USD", null));
                held.merge(symbol + "@" + exchange, part.negate(), BigDecimal::add);
            } else if (roll < 18 && part.signum() > 0) {
                BigDecimal fee = part.movePointLeft(4);
                entries.add(new LedgerEntry(id, time, TransactionType.TRANSFER, symbol, exchange, WALLET, part,
                        null, fee, symbol, null));
                held.merge(symbol + "@" + exchange, part.add(fee).negate(), BigDecimal::add);
                held.merge(symbol + "@" + WALLET, part, BigDecimal::add);
            } else {
                BigDecimal units = BigDecimal.valueOf(1 + random.nextInt(100_000), 4);
                boolean feeInCoin = random.nextInt(10) == 0;
                BigDecimal fee = feeInCoin ? units.movePointLeft(3) : BigDecimal.valueOf(random.nextInt(500), 2);
                entries.add(new LedgerEntry(id, time, TransactionType.BUY, symbol, exchange, null, units, price,
                        fee, feeInCoin ? symbol : "USD", null));
                held.merge(symbol + "@" + exchange, feeInCoin ? units.subtract(fee) : units, BigDecimal::add);
            }
        }
        return entries;
    }

    public static void main(String[] args) throws RunnerException {
        BenchmarkRunner.run(HoldingsBenchmark.class);
    }
}
