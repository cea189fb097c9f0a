package app.ballast.portfolio.bench;

import app.ballast.domain.policy.PriceGuard;
import app.ballast.domain.policy.TakeProfitLadder;
import app.ballast.domain.policy.TrailingStop;
import app.ballast.portfolio.plans.PlanEvaluator;
import app.ballast.portfolio.plans.PlanState;
import app.ballast.portfolio.plans.PlanStep;
import app.ballast.portfolio.plans.PositionPlan;
import app.ballast.portfolio.plans.PriceTick;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.runner.RunnerException;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * How long one price tick takes against 100,000 armed plans on that asset: trailing stops at
 * 12% and 25%, half of them with the default take-profit ladder, armed at different prices so
 * that the tick raises some marks, triggers some stops and fires some ladder steps.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PlanEvaluationBenchmark {

    static final int PLANS = 100_000;
    static final Instant ARMED = Instant.parse("2025-06-30T00:00:00Z");

    private PositionPlan[] plans;
    private PlanState[] states;
    private PriceTick tick;
    private Instant now;

    @Setup
    public void generate() {
        SplittableRandom random = new SplittableRandom(20240301L);
        plans = new PositionPlan[PLANS];
        states = new PlanState[PLANS];
        TakeProfitLadder ladder = TakeProfitLadder.defaults(BigDecimal.ONE, new BigDecimal("0.25"));
        for (int i = 0; i < PLANS; i++) {
            TrailingStop stop = new TrailingStop(random.nextBoolean() ? TrailingStop.CORE_TRAIL
                    : TrailingStop.SATELLITE_TRAIL);
            BigDecimal cost = BigDecimal.valueOf(30_000 + random.nextInt(70_000));
            plans[i] = new PositionPlan("BTC", BigDecimal.valueOf(1 + random.nextInt(1000), 3), cost, stop, null,
                    i % 2 == 0 ? ladder : null);
            BigDecimal armedAt = BigDecimal.valueOf(80_000 + random.nextInt(40_000));
            states[i] = PlanEvaluator.onPrice(plans[i], PlanState.UNARMED, new PriceTick(ARMED, armedAt),
                    PriceGuard.DEFAULT, ARMED).state();
        }
        tick = new PriceTick(ARMED.plusSeconds(3600), BigDecimal.valueOf(100_000));
        now = tick.time().plusSeconds(5);
    }

    @Benchmark
    public void oneTickAgainstAllPlans(Blackhole sink) {
        for (int i = 0; i < PLANS; i++) {
            PlanStep step = PlanEvaluator.onPrice(plans[i], states[i], tick, PriceGuard.DEFAULT, now);
            sink.consume(step);
        }
    }

    public static void main(String[] args) throws RunnerException {
        BenchmarkRunner.run(PlanEvaluationBenchmark.class);
    }
}
