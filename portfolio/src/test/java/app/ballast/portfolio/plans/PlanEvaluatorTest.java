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
        Run run = new Run(trailing("0.12", "1")).prices("100", "100", "160");

        assertEquals(PriceCheck.JUMP_HELD, run.checks.get(2));
        assertAmount("100", run.state.highWaterMark());
        assertAmount("160", run.state.pendingJumpPrice());

        run.prices("158");

        assertEquals(PriceCheck.JUMP_CONFIRMED, run.checks.get(3));
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

    // ---- regressions (issue 6 review) ----

    @Test
    void aFixedStopStillTriggersAfterTheTrailingStopHasFired() {
        // The trailing stop sells half at 94.5; the fixed stop at 70 must still sell the rest later.
        PositionPlan plan = new PositionPlan("BTC", d("4"), d("100"), new TrailingStop(d("0.1"), d("0.5")),
                FixedStop.atPrice(d("70")), null);

        Run run = new Run(plan).prices("100", "105", "94", "80", "69");

        assertEquals(List.of(PlanEventType.STOP_TRIGGERED, PlanEventType.STOP_TRIGGERED),
                run.events.stream().map(PlanEvent::type).toList());
        assertAmount("94.5", run.events.get(0).level());
        assertAmount("2", run.events.get(0).quantity());
        assertAmount("70", run.events.get(1).level());
        assertAmount("2", run.events.get(1).quantity());
        assertTrue(run.state.trailingStopTriggered());
        assertTrue(run.state.fixedStopTriggered());
    }

    @Test
    void aTrailingStopStillTriggersAfterTheFixedStopHasFired() {
        PositionPlan plan = new PositionPlan("BTC", d("4"), d("100"), new TrailingStop(d("0.25")),
                new FixedStop(d("95"), null, d("0.5")), null);

        Run run = new Run(plan).prices("100", "110", "94", "82");

        assertEquals(2, run.events.size(), run.events.toString());
        assertAmount("95", run.events.get(0).level());
        assertAmount("2", run.events.get(0).quantity());
        assertAmount("82.5", run.events.get(1).level());
        assertAmount("2", run.events.get(1).quantity());
        assertAmount("0", PlanEvaluator.remaining(plan, run.state));
    }

    @Test
    void aStopReachedAfterEverythingIsSoldEmitsNoEventWithQuantityZero() {
        // The only ladder step sells the whole position; the stop reached later has nothing to sell.
        PositionPlan plan = new PositionPlan("SOL", d("4"), d("100"), new TrailingStop(d("0.2")), null,
                new TakeProfitLadder(d("1"), List.of(new LadderStep(d("0.5"), BigDecimal.ONE)), null));

        Run run = new Run(plan).prices("100", "150", "119");

        assertEquals(List.of(PlanEventType.TAKE_PROFIT_STEP), run.events.stream().map(PlanEvent::type).toList());
        assertFalse(run.state.triggered(), "a stop with nothing to sell is not marked as fired");
    }

    @Test
    void aLadderStepReachedAfterEverythingIsSoldEmitsNoEventWithQuantityZero() {
        // Half at +50%, then the stop sells the other half; the +100% step finds nothing left.
        PositionPlan plan = new PositionPlan("SOL", d("4"), d("100"), new TrailingStop(d("0.2")), null,
                new TakeProfitLadder(d("1"), List.of(new LadderStep(d("0.5"), d("0.5")),
                        new LadderStep(BigDecimal.ONE, d("0.5"))), null));

        Run run = new Run(plan).prices("100", "150", "119", "170", "200");

        assertEquals(List.of(PlanEventType.TAKE_PROFIT_STEP, PlanEventType.STOP_TRIGGERED),
                run.events.stream().map(PlanEvent::type).toList());
        assertTrue(run.events.stream().allMatch(e -> e.quantity().signum() > 0), run.events.toString());
        assertFalse(run.state.stepFired(1), "a step with nothing to sell is not marked as fired");
    }

    @Test
    void aFutureDatedPriceIsRefusedAndDoesNotFreezeThePlan() {
        PositionPlan plan = trailing("0.12", "1");
        PriceGuard live = PriceGuard.DEFAULT;
        Instant now = T0.plus(Duration.ofDays(1));
        PlanState state = PlanEvaluator.onPrice(plan, PlanState.UNARMED, new PriceTick(now.minusSeconds(7200), d("100")),
                live, now).state();

        PlanStep future = PlanEvaluator.onPrice(plan, state, new PriceTick(now.plus(Duration.ofDays(1)), d("101")),
                live, now);
        PlanStep withinSkew = PlanEvaluator.onPrice(plan, state, new PriceTick(now.plusSeconds(60), d("102")),
                live, now);
        PlanStep next = PlanEvaluator.onPrice(plan, future.state(), new PriceTick(now.minusSeconds(60), d("103")),
                live, now);

        assertEquals(PriceCheck.FUTURE, future.check());
        assertSame(state, future.state());
        assertEquals(PriceCheck.ACCEPTED, withinSkew.check(), "a clock a minute ahead is tolerated");
        assertEquals(PriceCheck.ACCEPTED, next.check());
        assertAmount("103", next.state().highWaterMark());
    }

    @Test
    void aSustainedCrashOfMoreThanTheJumpLimitPerStepIsConfirmed() {
        // LUNA, May 2022: closes falling more than 50% a day. The second such close confirms the crash.
        PositionPlan plan = new PositionPlan("LUNA", d("100"), d("80"), new TrailingStop(d("0.25")), null, null);

        Run run = new Run(plan).prices("82", "80", "30", "1", "0.0002");

        assertEquals(List.of(PriceCheck.ARMED, PriceCheck.ACCEPTED, PriceCheck.JUMP_HELD, PriceCheck.JUMP_CONFIRMED),
                run.checks.subList(0, 4));
        assertEquals(1, run.events.size());
        assertAmount("1", run.events.get(0).price());
        assertAmount("61.5", run.events.get(0).level());
        assertAmount("100", run.events.get(0).quantity());
    }

    @Test
    void aJumpBackTheOtherWayDoesNotConfirmTheHeldOne() {
        Run run = new Run(trailing("0.12", "1")).prices("100", "101", "10", "300");

        assertEquals(PriceCheck.JUMP_HELD, run.checks.get(3));
        assertAmount("101", run.state.highWaterMark());
    }

    @Test
    void aTypoArmingPriceLeavesNoBogusHighWaterMarkOnceTheRealPriceIsConfirmed() {
        // 1,000,000 typed for 60,000: the stop must not sit at 750,000 and sell at the first real price.
        PositionPlan plan = new PositionPlan("BTC", d("1"), d("60000"), new TrailingStop(d("0.25")), null, null);

        Run run = new Run(plan).prices("1000000", "60000", "60500");

        assertEquals(List.of(PriceCheck.ARMED, PriceCheck.JUMP_HELD, PriceCheck.REARMED), run.checks);
        assertEquals(List.of(), run.events);
        assertAmount("60500", run.state.highWaterMark());
        assertAmount("45375", run.state.stopPrice());
        assertEquals(T0, run.state.armedAt());

        run.prices("45000");

        assertEquals(1, run.events.size());
        assertAmount("45375", run.events.get(0).level());
    }

    @Test
    void anUnconfirmedArmingPriceFiresNothingUntilTheNextPriceConfirmsIt() {
        // A typo far above the ladder would otherwise sell two thirds at once.
        PositionPlan plan = new PositionPlan("SOL", d("9"), d("100"), null, FixedStop.atPrice(d("0.5")),
                TakeProfitLadder.defaults(BigDecimal.ONE, null));

        Run typo = new Run(plan).prices("1000");
        Run low = new Run(plan).prices("0.4");
        Run real = new Run(plan).prices("160", "161");

        assertEquals(List.of(), typo.events);
        assertEquals(List.of(), low.events);
        assertAmount("1000", typo.state.highWaterMark());
        assertEquals(1, real.events.size(), "the step reached at arming fires on the confirming price");
        assertAmount("161", real.events.get(0).price());
    }

    @Test
    void aTrailingStopAddedToAnArmedPlanGetsItsStopPriceFromTheCurrentMark() {
        PositionPlan bare = new PositionPlan("BTC", d("3"), d("100"), null, null, null);
        PositionPlan stopped = trailing("0.2", "1");
        Run run = new Run(bare).prices("100", "130", "120");
        assertNull(run.state.stopPrice());
        assertAmount("104", PlanEvaluator.stopPrice(stopped, run.state));

        Run after = new Run(stopped);
        after.state = run.state;
        after.hour = run.hour;
        after.prices("110");

        assertAmount("104", after.state.stopPrice());

        after.prices("103");

        assertEquals(1, after.events.size());
        assertAmount("104", after.events.get(0).level());
    }

    @Test
    void aStoredStopPriceIsIgnoredOnceTheTrailingStopIsRemoved() {
        Run run = new Run(trailing("0.2", "1")).prices("100", "130");
        PositionPlan bare = new PositionPlan("BTC", d("3"), d("100"), null, null, null);

        PlanStep step = PlanEvaluator.onPrice(bare, run.state, new PriceTick(T0.plusSeconds(3600L * run.hour), d("100")),
                GUARD, null);

        assertEquals(List.of(), step.events());
        assertNull(step.state().stopPrice());
        assertNull(PlanEvaluator.stopPrice(bare, run.state));
    }
}
