package app.ballast.portfolio.rebalance;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rebalancer's answer: the trades (sells first, then buys, each in symbol order), the
 * portfolio before and after them, the rules they cannot satisfy with the reason, and each
 * asset's target share of the portfolio (in symbol order).
 */
public record RebalancePlan(List<Trade> trades, PortfolioWeights before, PortfolioWeights after, List<Unmet> unmet,
                            Map<String, BigDecimal> targets) {

    public RebalancePlan {
        trades = List.copyOf(trades);
        unmet = List.copyOf(unmet);
        targets = Collections.unmodifiableMap(new LinkedHashMap<>(targets));
    }
}
