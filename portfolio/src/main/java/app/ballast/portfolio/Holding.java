package app.ballast.portfolio;

import app.ballast.domain.Money;
import app.ballast.domain.Quantity;
import app.ballast.domain.Tier;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One asset of the portfolio as derived from the ledger: what is held where, what it cost,
 * what it is worth and what selling it has earned. A closed position has quantity 0 and
 * cost basis 0 but keeps its realized profit.
 *
 * @param quantityByAccount accounts holding a non-zero quantity, sorted by name
 * @param price             null when there is no quote
 * @param priceTime         null when there is no quote
 * @param marketValue       zero when there is no quote
 * @param weight            marketValue / the portfolio's total market value
 */
public record Holding(String symbol, String name, Tier tier, String sector, Quantity quantity,
                      Map<String, BigDecimal> quantityByAccount, Money averageCost, Money costBasis,
                      Money price, Instant priceTime, Money marketValue, Money unrealizedProfit,
                      Money realizedProfit, BigDecimal weight) {

    public Holding {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(costBasis, "costBasis");
        Objects.requireNonNull(marketValue, "marketValue");
        Objects.requireNonNull(realizedProfit, "realizedProfit");
        quantityByAccount = Collections.unmodifiableSortedMap(new TreeMap<>(quantityByAccount));
        Weights.requireWeight(weight);
    }
}
