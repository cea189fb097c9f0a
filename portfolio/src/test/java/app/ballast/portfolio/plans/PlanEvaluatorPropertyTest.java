package app.ballast.portfolio.plans;

import app.ballast.domain.policy.FixedStop;
import app.ballast.domain.policy.PriceGuard;
import app.ballast.domain.policy.TakeProfitLadder;
import app.ballast.domain.policy.TrailingStop;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Random price paths, with zeros, negative prints, crashes and spikes, through a plan with a
 * trailing stop, a fixed stop and the default ladder: the mark and the stop never move down (except
 * when a typo arming price is dropped), each event fires at most once, a rejected price changes
 * nothing, nothing is sold on the arming price alone or with nothing left, and no more is sold than
 * planned.
 */
class PlanEvaluatorPropertyTest {

    static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");

    @Provide
    Arbitrary<List<BigDecimal>> paths() {
        Arbitrary<BigDecimal> ordinary = Arbitraries.bigDecimals().between(new BigDecimal("50"), new BigDecimal("400"))
                .ofScale(2);
        Arbitrary<BigDecimal> odd = Arbitraries.of(BigDecimal.ZERO, new BigDecimal("-1"), new BigDecimal("0.01"),
                new BigDecimal("5000"));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(9, ordinary), net.jqwik.api.Tuple.of(1, odd))
                .list().ofMinSize(1).ofMaxSize(60);
    }

    @Property(tries = 500)
    void marksOnlyRiseEventsFireOnceAndRejectedPricesChangeNothing(@ForAll("paths") List<BigDecimal> path) {
        PositionPlan plan = new PositionPlan("SOL", new BigDecimal("9"), new BigDecimal("100"),
                new TrailingStop(new BigDecimal("0.2"), new BigDecimal("0.5")), FixedStop.belowCost(new BigDecimal("0.3")),
                TakeProfitLadder.defaults(BigDecimal.ONE, new BigDecimal("0.25")));
        PlanState state = PlanState.UNARMED;
        List<PlanEvent> events = new ArrayList<>();
        BigDecimal highestAccepted = null;
        for (int i = 0; i < path.size(); i++) {
            PlanStep step = PlanEvaluator.onPrice(plan, state, new PriceTick(T0.plusSeconds(60L * i), path.get(i)),
                    PriceGuard.HISTORY, null);
            PlanState next = step.state();
            if (!step.check().accepted()) {
                assertEquals(List.of(), step.events());
                assertEquals(state.highWaterMark(), next.highWaterMark());
                assertEquals(state.stopPrice(), next.stopPrice());
                assertEquals(state.soldQuantity(), next.soldQuantity());
                assertEquals(state.lastAcceptedPrice(), next.lastAcceptedPrice());
                if (step.check() != PriceCheck.JUMP_HELD) {
                    assertSame(state, next);
                }
            } else {
                assertTrue(path.get(i).signum() > 0);
                highestAccepted = highestAccepted == null || step.check() == PriceCheck.REARMED ? path.get(i)
                        : highestAccepted.max(path.get(i));
                assertEquals(0, highestAccepted.compareTo(next.highWaterMark()));
            }
            if (step.check() == PriceCheck.ARMED) {
                assertEquals(List.of(), step.events(), "the arming price alone fired");
            }
            if (state.stopPrice() != null && step.check() != PriceCheck.REARMED) {
                assertTrue(next.stopPrice().compareTo(state.stopPrice()) >= 0, "the stop moved down");
            }
            assertTrue(!state.trailingStopTriggered() || next.trailingStopTriggered());
            assertTrue(!state.fixedStopTriggered() || next.fixedStopTriggered());
            for (PlanEvent e : step.events()) {
                assertEquals(0, e.price().compareTo(path.get(i)));
                if (e.type() == PlanEventType.TAKE_PROFIT_STEP) {
                    assertTrue(e.price().compareTo(e.level()) >= 0);
                } else {
                    assertTrue(e.price().compareTo(e.level()) <= 0, e.toString());
                }
                assertTrue(e.quantity().signum() > 0, "sold nothing: " + e);
            }
            events.addAll(step.events());
            state = next;
        }
        long stops = events.stream().filter(e -> e.type() == PlanEventType.STOP_TRIGGERED).count();
        assertEquals((state.trailingStopTriggered() ? 1 : 0) + (state.fixedStopTriggered() ? 1 : 0), stops,
                "each stop fires at most once, with its flag");
        assertTrue(events.stream().filter(e -> e.type() == PlanEventType.TRAILING_TAKE_PROFIT).count() <= 1);
        assertEquals(events.stream().filter(e -> e.step() != null).map(PlanEvent::step).distinct().count(),
                events.stream().filter(e -> e.step() != null).count(), "a ladder step fired twice");
        BigDecimal sold = events.stream().map(PlanEvent::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, sold.compareTo(state.soldQuantity()));
        assertTrue(sold.compareTo(plan.quantity()) <= 0, "sold more than planned: " + sold);
    }
}
