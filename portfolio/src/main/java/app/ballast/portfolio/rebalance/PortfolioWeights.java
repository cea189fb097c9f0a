package app.ballast.portfolio.rebalance;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The portfolio's shape at one moment: each asset's share of the total value (in symbol order),
 * the cash in USD, the total value in USD, and the shares of the core and satellite sleeves.
 */
public record PortfolioWeights(Map<String, BigDecimal> weights, BigDecimal cash, BigDecimal value,
                               BigDecimal core, BigDecimal satellites) {

    public PortfolioWeights {
        weights = Collections.unmodifiableMap(new LinkedHashMap<>(weights));
        Objects.requireNonNull(cash, "cash");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(core, "core");
        Objects.requireNonNull(satellites, "satellites");
    }
}
