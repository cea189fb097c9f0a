package app.ballast.portfolio.plans;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/** One price of an asset at one moment, as a feed or the daily history delivers it. */
public record PriceTick(Instant time, BigDecimal price) {

    public PriceTick {
        Objects.requireNonNull(time, "time");
    }
}
