package app.ballast.portfolio.plans;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One event of a replay over daily closes, as {@code POST /api/plans/simulate} answers it. */
public record SimulationEvent(LocalDate date, PlanEventType type, BigDecimal price, BigDecimal stopPrice,
                              BigDecimal quantity) {
}
