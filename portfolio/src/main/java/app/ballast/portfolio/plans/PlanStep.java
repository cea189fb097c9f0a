package app.ballast.portfolio.plans;

import java.util.List;

/** The result of one price: the plan's new state, what it did, and what the guard made of the price. */
public record PlanStep(PlanState state, List<PlanEvent> events, PriceCheck check) {
}
