package app.ballast.portfolio.dca;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a DCA plan does on one due date: buy (recorded, or left as a pending suggestion) or skip,
 * with the reason in the investor's words. For a skip, amount and quantity are 0 and price may be null.
 *
 * @param amount   the USD to spend: the plan's amount times the multipliers, capped by what is left of the budget
 * @param quantity amount / price, rounded down to {@link DcaEngine#QUANTITY_SCALE} decimals
 */
public record DcaDecision(LocalDate date, Status status, BigDecimal amount, BigDecimal quantity, BigDecimal price,
                          String reason) {

    /** EXECUTED, PENDING and SKIPPED come from {@link DcaEngine}; MISSED is for dates the app was down on. */
    public enum Status {
        EXECUTED,
        PENDING,
        SKIPPED,
        MISSED
    }

    public DcaDecision {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(reason, "reason");
    }
}
