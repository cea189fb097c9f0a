package app.ballast.portfolio;

import app.ballast.domain.Money;

import java.math.BigDecimal;
import java.util.Objects;

/** The market value of one slice of the portfolio (a tier, a sector or an asset) and its share. */
public record Allocation(String key, Money value, BigDecimal weight) {

    public Allocation {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        Weights.requireWeight(weight);
    }
}
