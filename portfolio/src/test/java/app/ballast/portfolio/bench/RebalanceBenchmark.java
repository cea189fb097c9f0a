package app.ballast.portfolio.bench;

import app.ballast.domain.Tier;
import app.ballast.domain.policy.Policy;
import app.ballast.portfolio.rebalance.RebalanceMode;
import app.ballast.portfolio.rebalance.RebalancePlan;
import app.ballast.portfolio.rebalance.RebalancePosition;
import app.ballast.portfolio.rebalance.RebalanceRequest;
import app.ballast.portfolio.rebalance.Rebalancer;
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
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * How long a rebalance preview takes for 200 positions (BTC, ETH and 198 satellites in 10
 * sectors, a few under the score thresholds), worth about 2 million USD with 50,000 in cash.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RebalanceBenchmark {

    static final int POSITIONS = 200;

    @Param({"FULL", "BUY_ONLY"})
    public RebalanceMode mode;

    private RebalanceRequest request;

    @Setup
    public void generate() {
        request = new RebalanceRequest(positions(POSITIONS, 20240301L), BigDecimal.valueOf(50_000), Policy.DEFAULT,
                mode);
    }

    @Benchmark
    public RebalancePlan preview() {
        return Rebalancer.suggest(request);
    }

    static List<RebalancePosition> positions(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<RebalancePosition> positions = new ArrayList<>(count);
        positions.add(new RebalancePosition("BTC", Tier.CORE, "L1", new BigDecimal("6.5"), BigDecimal.valueOf(100_000),
                BigDecimal.valueOf(9)));
        positions.add(new RebalancePosition("ETH", Tier.CORE, "L1", BigDecimal.valueOf(150), BigDecimal.valueOf(3_500),
                BigDecimal.valueOf(8)));
        for (int i = 2; i < count; i++) {
            BigDecimal price = BigDecimal.valueOf(1 + random.nextInt(1_000_000), 4);
            BigDecimal value = BigDecimal.valueOf(500 + random.nextInt(8_000));
            BigDecimal score = BigDecimal.valueOf(35 + random.nextInt(65), 1);
            positions.add(new RebalancePosition("S" + i, Tier.SATELLITE, "Sector " + (i % 10),
                    value.divide(price, 8, RoundingMode.DOWN), price, score));
        }
        return positions;
    }

    public static void main(String[] args) throws RunnerException {
        BenchmarkRunner.run(RebalanceBenchmark.class);
    }
}
