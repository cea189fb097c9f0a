package app.ballast.web.policy;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One due date of a plan and what became of it. */
public record ExecutionView(long planId, String symbol, LocalDate date, ExecutionStatus status, BigDecimal amount,
                            BigDecimal quantity, BigDecimal price, String reason, Long transactionId) {
}
