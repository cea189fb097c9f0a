package app.ballast.portfolio.plans;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One thing a plan did: at {@code time} the {@code price} reached {@code level} (the stop price,
 * the step's price or the trailing take-profit price), so {@code quantity} should be sold.
 *
 * @param step the ladder step (0 = the first) for TAKE_PROFIT_STEP, otherwise null
 */
public record PlanEvent(PlanEventType type, Instant time, BigDecimal price, BigDecimal level, BigDecimal quantity,
                        Integer step) {

    public PlanEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(quantity, "quantity");
    }
}
