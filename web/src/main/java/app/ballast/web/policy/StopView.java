package app.ballast.web.policy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A stop and its state: the high-water mark, the stop price (for a fixed stop, the price it is set
 * at), the last price it accepted, and whether and when it triggered.
 */
public record StopView(long id, String symbol, String account, StopKind type, BigDecimal trail, BigDecimal price,
                       BigDecimal belowCost, BigDecimal sellFraction, LocalDate armedOn, BigDecimal quantity,
                       BigDecimal averageCost, BigDecimal highWaterMark, BigDecimal stopPrice, BigDecimal lastPrice,
                       Instant lastPriceAt, BigDecimal pendingPrice, boolean triggered, LocalDate triggeredOn) {

    /** How far the last price is above the stop price, as a fraction of it; null without both. */
    public BigDecimal distance() {
        if (lastPrice == null || stopPrice == null || stopPrice.signum() <= 0) {
            return null;
        }
        return lastPrice.subtract(stopPrice).divide(stopPrice, 6, java.math.RoundingMode.HALF_EVEN);
    }

    /** Whether it sells only a part of the position. */
    public boolean sellsPart() {
        return sellFraction.compareTo(BigDecimal.ONE) < 0;
    }

    public String status() {
        return triggered ? "TRIGGERED" : highWaterMark == null && lastPrice == null ? "WAITING" : "ACTIVE";
    }
}
