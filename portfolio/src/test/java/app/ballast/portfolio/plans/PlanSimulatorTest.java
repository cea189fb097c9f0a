package app.ballast.portfolio.plans;

import app.ballast.domain.InvalidValueException;
import app.ballast.domain.policy.LadderStep;
import app.ballast.domain.policy.TakeProfitLadder;
import app.ballast.domain.policy.TrailingStop;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PlanSimulatorTest {

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    static List<DatedPrice> daily(String... prices) {
        List<DatedPrice> list = new ArrayList<>();
        LocalDate date = LocalDate.of(2022, 4, 1);
        for (String price : prices) {
            list.add(new DatedPrice(date, d(price)));
            date = date.plusDays(1);
        }
        return list;
    }

    @Test
    void theIssuesExampleSellsTwoThirdsOnTheWayUpAndTheStopTakesTheRest() {
        TakeProfitLadder ladder = new TakeProfitLadder(BigDecimal.ONE, List.of(
                new LadderStep(d("0.5"), d("0.3333")), new LadderStep(BigDecimal.ONE, d("0.3333"))), d("0.25"));

        SimulationResult result = PlanSimulator.simulate(d("10"), d("100"),
                daily("110.5", "150", "190", "205", "240", "200", "179"), new TrailingStop(d("0.25")), ladder);

        assertEquals(List.of(PlanEventType.TAKE_PROFIT_STEP, PlanEventType.TAKE_PROFIT_STEP,
                PlanEventType.STOP_TRIGGERED), result.events().stream().map(SimulationEvent::type).toList());
        SimulationEvent first = result.events().get(0);
        assertEquals(LocalDate.of(2022, 4, 2), first.date());
        assertEquals(0, d("3.333").compareTo(first.quantity()));
        SimulationEvent stop = result.events().get(2);
        assertEquals(LocalDate.of(2022, 4, 7), stop.date());
        assertEquals(0, d("180").compareTo(stop.stopPrice()));
        assertEquals(0, d("3.334").compareTo(stop.quantity()));
        assertEquals(0, d("240").compareTo(result.highWaterMark()));
        assertEquals(0, BigDecimal.ZERO.compareTo(result.remainingQuantity()));
    }

    @Test
    void withoutPlansNothingHappensButTheMarkIsKept() {
        SimulationResult result = PlanSimulator.simulate(d("1"), d("100"), daily("100", "130", "90"), null, null);

        assertEquals(List.of(), result.events());
        assertEquals(0, d("130").compareTo(result.highWaterMark()));
        assertEquals(0, d("1").compareTo(result.remainingQuantity()));
        assertNull(result.stopPrice());
    }

    @Test
    void pricesOutOfDateOrderAreRefusedWithTheirIndex() {
        List<DatedPrice> prices = List.of(new DatedPrice(LocalDate.of(2022, 4, 2), d("1")),
                new DatedPrice(LocalDate.of(2022, 4, 1), d("1")));

        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> PlanSimulator.simulate(d("1"), d("1"), prices, null, null));

        assertEquals("prices[1].date", e.field());
    }
}
