package app.ballast.portfolio.plans;

import java.math.BigDecimal;
import java.util.List;

/**
 * A replay's outcome: the events in date order, the final high-water mark, what is left of the
 * position, and the trailing stop price at the end (null without a trailing stop).
 */
public record SimulationResult(List<SimulationEvent> events, BigDecimal highWaterMark, BigDecimal remainingQuantity,
                               BigDecimal stopPrice) {

    public SimulationResult {
        events = List.copyOf(events);
    }
}
