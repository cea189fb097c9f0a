package app.ballast.web.policy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A take-profit ladder and its state: which steps fired, the next one, and the trailing take-profit. */
public record LadderView(long id, String symbol, String account, BigDecimal targetGain, BigDecimal trail,
                         LocalDate armedOn, BigDecimal quantity, BigDecimal averageCost, List<StepView> steps,
                         BigDecimal highWaterMark, BigDecimal takeProfitPrice, BigDecimal lastPrice,
                         Instant lastPriceAt, boolean finished, LocalDate finishedOn) {

    /** One step: the gain that fires it, the price that means, and whether it fired. */
    public record StepView(int index, BigDecimal atFractionOfTarget, BigDecimal sellFraction, BigDecimal price,
                           boolean done, LocalDate firedOn) {
    }

    public long stepsDone() {
        return steps.stream().filter(StepView::done).count();
    }

    /** The first step not fired yet; null when all have. */
    public StepView nextStep() {
        return steps.stream().filter(s -> !s.done()).findFirst().orElse(null);
    }
}
