package app.ballast.portfolio.policy;

import app.ballast.domain.Tier;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One held asset as the policy check sees it. {@code price} and {@code priceTime} are null when
 * there is no quote; such a position counts as worth 0 and is reported as stale.
 */
public record PositionView(String symbol, Tier tier, String sector, BigDecimal quantity, BigDecimal price,
                           Instant priceTime, boolean stablecoin) {

    public PositionView {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(sector, "sector");
        Objects.requireNonNull(quantity, "quantity");
    }

    /** Quantity × price; 0 without a price. */
    public BigDecimal value() {
        return price == null ? BigDecimal.ZERO : quantity.multiply(price);
    }
}
