package app.ballast.portfolio.rebalance;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One suggested trade: {@code value} = quantity × price in USD, {@code fee} = value × fee rate
 * (rounded up), and why it is suggested, in the investor's words.
 */
public record Trade(String symbol, Side side, BigDecimal quantity, BigDecimal value, BigDecimal fee,
                    String reason) {

    public Trade {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(fee, "fee");
        Objects.requireNonNull(reason, "reason");
    }

    /** What the trade does to cash: a sell brings value − fee, a buy costs value + fee. */
    public BigDecimal cashChange() {
        return side == Side.SELL ? value.subtract(fee) : value.add(fee).negate();
    }

    /** What the trade does to the quantity held. */
    public BigDecimal quantityChange() {
        return side == Side.SELL ? quantity.negate() : quantity;
    }
}
