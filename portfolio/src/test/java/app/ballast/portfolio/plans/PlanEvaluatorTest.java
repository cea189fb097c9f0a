package app.ballast.portfolio.plans;

import app.ballast.domain.policy.FixedStop;
import app.ballast.domain.policy.LadderStep;
import app.ballast.domain.policy.PriceGuard;
import app.ballast.domain.policy.TakeProfitLadder;
import app.ballast.domain.policy.TrailingStop;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlanEvaluatorTest {

    static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");
    static final PriceGuard GUARD = PriceGuard.HISTORY;

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    static PositionPlan trailing(String trail, String sellFraction) {
        return new PositionPlan("BTC", d("3"), d("100"), new TrailingStop(d(trail), d(sellFraction)), null, null);
    }

    /** Feeds one price per hour and collects every event. */
    static final class Run {
        final PositionPlan plan;
        PlanState state = PlanState.UNARMED;
        final List<PlanEvent> events = new ArrayList<>();
        final List<PriceCheck> checks = new ArrayList<>();
        int hour;

        Run(PositionPlan plan) {
            this.plan = plan;
        }

        Run prices(String... prices) {
            for (String price : prices) {
                PlanStep step = PlanEvaluator.onPrice(plan, state, new PriceTick(T0.plusSeconds(3600L * hour++),
                        d(price)), GUARD, null);
                state = step.state();
                events.addAll(step.events());
                checks.add(step.check());
            }
            return this;
        }
    }

    static void assertAmount(String expected, BigDecimal actual) {
        assertEquals(0, d(expected).compareTo(actual), "expected " + expected + ", was " + actual);
    }

    @Test
    void theStopFollowsTheHighWaterMarkAndOnlyMovesUp() {
        Run run = new Run(trailing("0.12", "1")).prices("100", "120", "110", "130", "125");

        assertAmount("130", run.state.highWaterMark());
        assertAmount("114.4", run.state.stopPrice());
        assertEquals(List.of(), run.events);
        assertEquals(List.of(PriceCheck.ARMED, PriceCheck.ACCEPTED, PriceCheck.ACCEPTED, PriceCheck.ACCEPTED,
                PriceCheck.ACCEPTED), run.checks);
        assertEquals(T0, run.state.armedAt());
    }

    @Test
    void theStopTriggersOnceAtItsPriceAndSellsTheWholePosition() {
        Run run = new Run(trailing("0.12", "1")).prices("100", "88", "80", "70");

        assertEquals(1, run.events.size());
        PlanEvent stop = run.events.get(0);
        assertEquals(PlanEventType.STOP_TRIGGERED, stop.type());
        assertAmount("88", stop.price());
        assertAmount("88", stop.level());
        assertAmount("3", stop.quantity());
        assertTrue(run.state.triggered());
        assertAmount("0", PlanEvaluator.remaining(run.plan, run.state));
    }

    @Test
    void aStopWithASellFractionSellsThatPartOfThePosition() {
        Run run = new Run(trailing("0.25", "0.5")).prices("100", "74");

        assertAmount("1.5", run.events.get(0).quantity());
        assertAmount("1.5", PlanEvaluator.remaining(run.plan, run.state));
    }

    @Test
    void aZeroNegativeOrOutOfOrderPriceMovesNothing() {
        PositionPlan plan = trailing("0.12", "1");
        PlanState armed = new Run(plan).prices("100").state;

        PlanStep zero = PlanEvaluator.onPrice(plan, armed, new PriceTick(T0.plusSeconds(7200), d("0")), GUARD, null);
        PlanStep negative = PlanEvaluator.onPrice(plan, armed, new PriceTick(T0.plusSeconds(7200), d("-5")), GUARD, null);
        PlanStep earlier = PlanEvaluator.onPrice(plan, armed, new PriceTick(T0, d("60")), GUARD, null);

        assertSame(armed, zero.state());
        assertEquals(PriceCheck.NOT_POSITIVE, zero.check());
        assertEquals(PriceCheck.NOT_POSITIVE, negative.check());
        assertEquals(PriceCheck.OUT_OF_ORDER, earlier.check());
        assertSame(armed, earlier.state());
    }

    @Test
    void aStalePriceNeverTriggersTheStop() {
        PositionPlan plan = trailing("0.12", "1");
        PlanState armed = new Run(plan).prices("100").state;
        PriceGuard live = new PriceGuard(d("0.5"), Duration.ofHours(36));
        Instant now = T0.plus(Duration.ofDays(5));

        PlanStep stale = PlanEvaluator.onPrice(plan, armed, new PriceTick(T0.plus(Duration.ofDays(3)), d("80")), live, now);
        PlanStep fresh = PlanEvaluator.onPrice(plan, armed, new PriceTick(now.minusSeconds(60), d("80")), live, now);

        assertEquals(PriceCheck.STALE, stale.check());
        assertEquals(List.of(), stale.events());
        assertEquals(1, fresh.events().size());
    }

    @Test
    void aJumpIsHeldUntilASecondPriceConfirmsIt() {
        Run run = new Run(trailing("0.12", "1")).prices("100", "160");

        assertEquals(PriceCheck.JUMP_HELD, run.checks.get(1));
        assertAmount("100", run.state.highWaterMark());
        assertAmount("160", run.state.pendingJumpPrice());

        run.prices("158");

        assertEquals(PriceCheck.JUMP_CONFIRMED, run.checks.get(2));
        assertAmount("158", run.state.highWaterMark());
        assertNull(run.state.pendingJumpPrice());
    }

    @Test
    void aCrashPrintTriggersNothingUntilConfirmed() {
        Run run = new Run(trailing("0.12", "1")).prices("100", "40", "100", "40");

        assertEquals(List.of(), run.events);
        assertEquals(PriceCheck.ACCEPTED, run.checks.get(2));

        run.prices("41");

        assertEquals(PriceCheck.JUMP_CONFIRMED, run.checks.get(4));
        assertEquals(1, run.events.size());
        assertAmount("41", run.events.get(0).price());
    }

    @Test
    void aJumpAwayFromTheHeldPriceReplacesIt() {
        Run run = new Run(trailing("0.12", "1")).prices("100", "10", "300");

        assertEquals(List.of(PriceCheck.ARMED, PriceCheck.JUMP_HELD, PriceCheck.JUMP_HELD), run.checks);
        assertAmount("300", run.state.pendingJumpPrice());
        assertAmount("100", run.state.highWaterMark());
    }

    @Test
    void eachLadderStepFiresOnceThenTheTrailingTakeProfitSellsTheRest() {
        PositionPlan plan = new PositionPlan("SOL", d("9"), d("100"), null, null,
                TakeProfitLadder.defaults(BigDecimal.ONE, d("0.25")));

        Run run = new Run(plan).prices("120", "150", "140", "160", "210", "250", "200", "187.5", "150");

        assertEquals(List.of(PlanEventType.TAKE_PROFIT_STEP, PlanEventType.TAKE_PROFIT_STEP,
                PlanEventType.TRAILING_TAKE_PROFIT), run.events.stream().map(PlanEvent::type).toList());
        assertAmount("150", run.events.get(0).price());
        assertAmount("150", run.events.get(0).level());
        assertEquals(0, run.events.get(0).step());
        assertAmount("3", run.events.get(0).quantity());
        assertAmount("210", run.events.get(1).price());
        assertAmount("200", run.events.get(1).level());
        assertAmount("187.5", run.events.get(2).price());
        assertAmount("187.5", run.events.get(2).level());
        assertAmount("3", run.events.get(2).quantity());
        assertAmount("0", PlanEvaluator.remaining(plan, run.state));
        assertTrue(run.state.takeProfitTriggered());
        assertEquals(2, run.state.stepsFired());
    }

    @Test
    void stepsReachedTogetherFireTogetherInOrder() {
        PositionPlan plan = new PositionPlan("SOL", d("10"), d("100"), null, null, new TakeProfitLadder(d("1"),
                List.of(new LadderStep(d("1"), d("0.25")), new LadderStep(d("0.5"), d("0.5"))), null));

        Run run = new Run(plan).prices("100", "140", "205");

        assertEquals(List.of(0, 1), run.events.stream().map(PlanEvent::step).toList());
        assertAmount("5", run.events.get(0).quantity());
        assertAmount("2.5", run.events.get(1).quantity());
    }

    @Test
    void aFixedStopBelowCostTriggersOnceAndDoesNotTrail() {
        PositionPlan plan = new PositionPlan("SOL", d("4"), d("100"), null, FixedStop.belowCost(d("0.25")), null);

        Run run = new Run(plan).prices("200", "150", "76", "75", "60");

        assertEquals(1, run.events.size());
        assertAmount("75", run.events.get(0).level());
        assertAmount("4", run.events.get(0).quantity());
        assertNull(run.state.stopPrice());
    }

    @Test
    void theHigherOfAFixedAndATrailingStopIsTheOneThatTriggers() {
        PositionPlan plan = new PositionPlan("BTC", d("1"), d("100"), new TrailingStop(d("0.5")),
                FixedStop.atPrice(d("90")), null);

        Run run = new Run(plan).prices("100", "89");

        assertEquals(1, run.events.size());
        assertAmount("90", run.events.get(0).level());
    }

    @Test
    void aStopAfterALadderStepSellsOnlyWhatIsLeft() {
        PositionPlan plan = new PositionPlan("SOL", d("9"), d("100"), new TrailingStop(d("0.2")), null,
                new TakeProfitLadder(d("1"), List.of(new LadderStep(d("0.5"), d("0.5"))), null));

        Run run = new Run(plan).prices("100", "150", "119");

        assertEquals(List.of(PlanEventType.TAKE_PROFIT_STEP, PlanEventType.STOP_TRIGGERED),
                run.events.stream().map(PlanEvent::type).toList());
        assertAmount("4.5", run.events.get(1).quantity());
        assertFalse(run.state.takeProfitTriggered());
    }
}
