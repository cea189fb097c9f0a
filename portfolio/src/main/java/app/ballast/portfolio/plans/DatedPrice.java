package app.ballast.portfolio.plans;

import java.math.BigDecimal;
import java.util.Objects;
import java.time.LocalDate;

/** A daily close. */
public record DatedPrice(LocalDate date, BigDecimal price) {

    public DatedPrice {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(price, "price");
    }
}
