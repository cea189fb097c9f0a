package app.ballast.portfolio.rebalance;

import app.ballast.domain.InvalidValuesException;
import app.ballast.domain.Scales;
import app.ballast.domain.Tier;
import app.ballast.domain.policy.Policy;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * One asset as the rebalancer sees it: what is held, at which price, and its latest score
 * (null: not scored, which does not restrict it). An asset the policy wants but the portfolio
 * does not hold yet is given with quantity 0 and its price, so that it can be bought.
 */
public record RebalancePosition(String symbol, Tier tier, String sector, BigDecimal quantity, BigDecimal price,
                                BigDecimal score) {

    private static final Pattern SYMBOL = Pattern.compile("^[A-Z0-9]{1,15}$");

    public RebalancePosition {
        InvalidValuesException.Collector problems = new InvalidValuesException.Collector();
        checkAsset(problems, symbol, tier, sector);
        if (quantity == null || quantity.signum() < 0) {
            problems.add("quantity", "quantity must be 0 or more, was " + text(quantity));
        }
        if (price == null || price.signum() <= 0) {
            problems.add("price", "price must be greater than 0, was " + text(price));
        }
        if (score != null && (score.signum() < 0 || score.compareTo(Policy.MAX_SCORE) > 0)) {
            problems.add("score", "score must be between 0 and 10, was " + text(score));
        }
        problems.throwIfAny();
    }

    /** The checks of an asset's symbol, tier and sector, shared with the other engines' inputs. */
    public static void checkAsset(InvalidValuesException.Collector problems, String symbol, Tier tier, String sector) {
        if (symbol == null || !SYMBOL.matcher(symbol).matches()) {
            problems.add("symbol", "symbol must be 1 to 15 upper-case letters or digits, was "
                    + (symbol == null ? "nothing" : "\"" + symbol + "\""));
        }
        if (tier == null) {
            problems.add("tier", "tier is required (CORE or SATELLITE)");
        }
        if (sector == null || sector.isBlank()) {
            problems.add("sector", "sector is required");
        }
    }

    /** Quantity × price. */
    public BigDecimal value() {
        return quantity.multiply(price);
    }

    private static String text(BigDecimal value) {
        return value == null ? "nothing" : Scales.plain(value);
    }
}
