package app.ballast.web.policy;

import java.math.BigDecimal;

/**
 * A stop as the investor sends it ({@code POST /api/stops}). {@code type} TRAILING (default) or FIXED;
 * a trailing stop's {@code trail} defaults by tier (core 12%, satellites 25%); a fixed stop takes a
 * {@code price} or a fraction {@code belowCost} under average cost (default by tier). {@code armedOn}
 * (default today) is the first day whose close counts; {@code quantity} and {@code averageCost}
 * default to the position's now (in {@code account} if given).
 */
public record StopInput(String symbol, String account, String type, BigDecimal trail, BigDecimal sellFraction,
                        BigDecimal price, BigDecimal belowCost, String armedOn, BigDecimal quantity,
                        BigDecimal averageCost) {
}
